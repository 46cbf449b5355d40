import { describe, expect, it } from 'vitest';
import { nixAttrPath, optionUsageSnippet, packageSnippets, shellWord } from './install-snippets';

describe('package snippets', () => {
  it('offers nix run only for packages with a main program', () => {
    const withProgram = packageSnippets({ attrPath: 'ripgrep', mainProgram: 'rg' });
    expect(withProgram.map((s) => s.code)).toEqual([
      'nix-shell -p ripgrep',
      'nix run nixpkgs#ripgrep',
      'nix profile install nixpkgs#ripgrep',
      'environment.systemPackages = [\n  pkgs.ripgrep\n];',
      'home.packages = [\n  pkgs.ripgrep\n];',
    ]);
    const without = packageSnippets({ attrPath: 'python312Packages.requests', mainProgram: null });
    expect(without.map((s) => s.id)).toEqual(['nix-shell', 'nix-profile', 'nixos', 'home-manager']);
    expect(without[0]?.code).toBe('nix-shell -p python312Packages.requests');
  });

  it('quotes attribute names that are not Nix identifiers', () => {
    expect(nixAttrPath('a.2048-in-terminal')).toBe('a."2048-in-terminal"');
    expect(nixAttrPath('nodePackages."@angular/cli"'.replace(/"/g, ''))).toBe('nodePackages."@angular/cli"');
    expect(nixAttrPath('x.in')).toBe('x."in"');
    const snippets = packageSnippets({ attrPath: '2048-in-terminal', mainProgram: null });
    expect(snippets[0]?.code).toBe(`nix-shell -p 'pkgs."2048-in-terminal"'`);
    expect(snippets.find((s) => s.id === 'nixos')?.code).toContain('pkgs."2048-in-terminal"');
  });

  it('quotes shell words safely', () => {
    expect(shellWord('nixpkgs#ripgrep')).toBe('nixpkgs#ripgrep');
    expect(shellWord(`it's $(x)`)).toBe(`'it'\\''s $(x)'`);
  });
});

describe('option usage snippet', () => {
  const base = { name: 'services.nginx.enable', loc: ['services', 'nginx', 'enable'], example: null, default: null };
  it('sets booleans to true', () => {
    expect(optionUsageSnippet({ ...base, type: 'boolean' }).code).toBe('services.nginx.enable = true;');
  });
  it('uses the example, else the default, and quotes odd segments', () => {
    const opt = {
      name: 'boot.kernel.sysctl."net.ipv4.ip_forward"',
      loc: ['boot', 'kernel', 'sysctl', 'net.ipv4.ip_forward'],
      type: 'integer',
      example: null,
      default: { text: '0', rendered: null },
    };
    expect(optionUsageSnippet(opt).code).toBe('boot.kernel.sysctl."net.ipv4.ip_forward" = 0;');
    const withPlaceholder = {
      name: 'services.nginx.virtualHosts.<name>.root',
      loc: ['services', 'nginx', 'virtualHosts', '<name>', 'root'],
      type: 'null or path',
      example: { text: '"/data/webserver/docs"', rendered: null },
      default: { text: 'null', rendered: null },
    };
    expect(optionUsageSnippet(withPlaceholder).code).toBe('services.nginx.virtualHosts.<name>.root = "/data/webserver/docs";');
    // Examples that end in a semicolon of their own do not get a second one.
    const ending = { ...withPlaceholder, type: 'attribute set', example: { text: '{ a = 1; };\n', rendered: null } };
    expect(optionUsageSnippet(ending).code).toBe('services.nginx.virtualHosts.<name>.root = { a = 1; };');
  });
});
