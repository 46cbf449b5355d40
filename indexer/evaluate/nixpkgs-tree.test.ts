// Opt-in: evaluate the NixOS options (and, with NIXPKGS_TREE_PACKAGES=1, the packages) of a
// full nixpkgs tree named by NIXPKGS_TREE. Skipped, saying so, when the variable is not set:
// a nixpkgs checkout is ~500 MB and not part of this repository. See docs/evaluation.md.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { evaluateOptions, evaluatePackages } from './index';
import { tempDir } from './test-support/helpers';

const tree = process.env.NIXPKGS_TREE;
const withPackages = process.env.NIXPKGS_TREE_PACKAGES === '1';

describe.runIf(!tree)('full nixpkgs tree', () => {
  it.skip('needs NIXPKGS_TREE=/path/to/nixpkgs (not set, so not run)', () => {});
});

describe.runIf(tree)(`full nixpkgs tree ${tree}`, () => {
  it('evaluates thousands of NixOS options; services.nginx.enable is a boolean declared by the nginx module', async () => {
    const work = await tempDir('tree-options');
    try {
      const result = await evaluateOptions(tree!, { workDir: work.dir });
      const options = JSON.parse(await readFile(result.file, 'utf8')) as Record<
        string,
        { type: string; declarations: string[]; loc: string[]; default?: unknown }
      >;
      expect(result.count).toBeGreaterThan(3000);
      const nginx = options['services.nginx.enable'];
      expect(nginx?.type).toBe('boolean');
      expect(nginx?.default).toBe(false);
      expect(nginx?.declarations).toEqual([`${result.sourceRoot}/nixos/modules/services/web-servers/nginx/default.nix`]);
      expect(Object.keys(options).some((name) => name.includes('<name>'))).toBe(true);
    } finally {
      await work.cleanup();
    }
  }, 600_000);

  it.runIf(withPackages)('evaluates the packages (NIXPKGS_TREE_PACKAGES=1)', async () => {
    const work = await tempDir('tree-packages');
    try {
      const result = await evaluatePackages(tree!, { workDir: work.dir });
      expect(result.count).toBeGreaterThan(10_000);
      const packages = JSON.parse(await readFile(result.file, 'utf8')) as Record<string, { pname?: string; meta: { position?: string } }>;
      expect(packages.hello?.pname).toBe('hello');
      expect(packages.hello?.meta.position?.startsWith(`${result.sourceRoot}/pkgs/`)).toBe(true);
    } finally {
      await work.cleanup();
    }
  }, 3 * 60 * 60_000);
});
