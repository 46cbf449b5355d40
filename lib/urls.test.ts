import { describe, expect, it } from 'vitest';
import { badgePath, decodeParam, nameFromSegments, optionPath, packagePath, siteOrigin } from './urls';

const headers = (h: Record<string, string>) => ({ get: (k: string) => h[k.toLowerCase()] ?? null });

describe('permalinks', () => {
  it('encode names into one path segment and decode back', () => {
    const names = ['services.nginx.virtualHosts.<name>.root', 'boot.kernel.sysctl."net.core.rmem_max"', 'a/b', 'x%41', 'emacsPackages.desktop+', 'é'];
    for (const name of names) {
      const path = optionPath('nixos-24.11', 'nixos', name);
      const segment = path.split('/')[3] ?? '';
      expect(path.split('/')).toHaveLength(4);
      expect(decodeURIComponent(segment)).toBe(name);
    }
    expect(optionPath('nixos-24.11', 'home-manager', 'programs.git.enable')).toBe('/options/nixos-24.11/programs.git.enable?set=home-manager');
    expect(packagePath('nixos-24.11', 'emacsPackages.desktop+')).toBe('/packages/nixos-24.11/emacsPackages.desktop%2B');
    expect(badgePath('nixos-24.11', 'ripgrep')).toBe('/badge/nixos-24.11/ripgrep.svg');
  });

  it('decodes route params that arrive still encoded, and leaves bad escapes alone', () => {
    expect(decodeParam('services.nginx.virtualHosts.%3Cname%3E.root')).toBe('services.nginx.virtualHosts.<name>.root');
    expect(decodeParam('plain.name')).toBe('plain.name');
    expect(decodeParam('%E0%A4%A')).toBe('%E0%A4%A');
    expect(nameFromSegments(['a', 'b%2Fc'])).toBe('a/b/c');
  });

  it('derives the origin from the configuration, else from safe request headers', () => {
    expect(siteOrigin('https://search.example.org/', headers({ host: 'evil' }))).toBe('https://search.example.org');
    expect(siteOrigin(undefined, headers({ host: 'localhost:3000' }))).toBe('http://localhost:3000');
    expect(siteOrigin(undefined, headers({ host: 'a', 'x-forwarded-host': 'search.example.org', 'x-forwarded-proto': 'https' }))).toBe('https://search.example.org');
    expect(siteOrigin(undefined, headers({ host: 'x"><script>' }))).toBe('http://localhost');
  });
});
