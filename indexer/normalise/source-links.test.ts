import { describe, expect, it } from 'vitest';
import { positionLink, relativeSourcePath, toDeclaration } from './source-links';

const base = 'https://github.com/NixOS/nixpkgs/blob/abc123/';

describe('source links', () => {
  it('links relative positions at the revision', () => {
    expect(positionLink('pkgs/by-name/ri/ripgrep/package.nix:56', { sourceBaseUrl: base, sourceRoot: null })).toEqual({
      position: 'pkgs/by-name/ri/ripgrep/package.nix:56',
      sourceUrl: `${base}pkgs/by-name/ri/ripgrep/package.nix#L56`,
    });
  });

  it('strips store paths and the evaluated checkout', () => {
    const store = '/nix/store/0123456789abcdfghijklmnpqrsvwxyz-source/pkgs/a/default.nix:3';
    expect(positionLink(store, { sourceBaseUrl: base, sourceRoot: null }).sourceUrl).toBe(`${base}pkgs/a/default.nix#L3`);
    expect(positionLink('/home/me/nixpkgs/pkgs/b.nix:9', { sourceBaseUrl: base, sourceRoot: '/home/me/nixpkgs/' })).toEqual({
      position: 'pkgs/b.nix:9',
      sourceUrl: `${base}pkgs/b.nix#L9`,
    });
    // Outside the tree: kept as text, no link.
    expect(positionLink('/elsewhere/x.nix:1', { sourceBaseUrl: base, sourceRoot: '/home/me/nixpkgs' })).toEqual({
      position: '/elsewhere/x.nix:1',
      sourceUrl: null,
    });
    expect(relativeSourcePath('./lib/a.nix', null)).toBe('lib/a.nix');
  });

  it('escapes characters that would end the URL path', () => {
    expect(positionLink('pkgs/a b/c#d?.nix:2', { sourceBaseUrl: base, sourceRoot: null }).sourceUrl).toBe(`${base}pkgs/a%20b/c%23d%3F.nix#L2`);
  });

  it('makes declarations: paths linked, Home Manager objects kept, the rest unlinked', () => {
    const ctx = { sourceBaseUrl: base, sourceRoot: '/src/nixpkgs' };
    expect(toDeclaration('nixos/modules/services/web-servers/nginx/default.nix', ctx)).toEqual({
      name: 'nixos/modules/services/web-servers/nginx/default.nix',
      url: `${base}nixos/modules/services/web-servers/nginx/default.nix`,
    });
    expect(toDeclaration('/src/nixpkgs/nixos/modules/x.nix', ctx)).toEqual({ name: 'nixos/modules/x.nix', url: `${base}nixos/modules/x.nix` });
    const hm = { name: '<home-manager/modules/programs/git.nix>', url: 'https://github.com/nix-community/home-manager/blob/master/modules/programs/git.nix' };
    expect(toDeclaration(hm, ctx)).toEqual(hm);
    expect(toDeclaration({ name: 'x', url: 'javascript:alert(1)' }, ctx)).toEqual({ name: 'x', url: null });
    expect(toDeclaration('<nixpkgs/lib/modules.nix>', ctx)).toEqual({ name: '<nixpkgs/lib/modules.nix>', url: null });
    expect(toDeclaration(42, ctx)).toBeNull();
  });
});
