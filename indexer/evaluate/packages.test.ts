// evaluatePackages with the real nix-env on the project's own tiny package collection
// (fixtures/packages), from a local path and from a file:// tarball URL.
import { execFileSync } from 'node:child_process';
import { readdir, readFile, realpath } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluatePackages, type PackagesEvaluation } from './index';
import { FIXTURES, lineOf, tempDir } from './test-support/helpers';

const COLLECTION = join(FIXTURES, 'packages');

interface Package {
  name: string;
  pname: string;
  version: string;
  system: string;
  outputName: string;
  outputs: Record<string, null>;
  meta: Record<string, unknown>;
}

async function readPackages(result: PackagesEvaluation): Promise<Record<string, Package>> {
  return JSON.parse(await readFile(result.file, 'utf8')) as Record<string, Package>;
}

describe('evaluatePackages on a local tree', () => {
  let work: Awaited<ReturnType<typeof tempDir>>;
  let result: PackagesEvaluation;
  let packages: Record<string, Package>;
  const logs: string[] = [];
  const progress: number[] = [];

  beforeAll(async () => {
    work = await tempDir('packages');
    result = await evaluatePackages(COLLECTION, {
      workDir: join(work.dir, 'out'),
      onLog: (line) => logs.push(line),
      onProgress: (n) => progress.push(n),
    });
    packages = await readPackages(result);
  });
  afterAll(() => work.cleanup());

  it('writes packages.json in the work directory and reports the tree as Nix saw it', async () => {
    expect(result.file).toBe(join(work.dir, 'out', 'packages.json'));
    expect(result.sourceRoot).toBe(await realpath(COLLECTION));
    expect(result.nixVersion).toMatch(/^\d+\.\d+/);
    expect(await readdir(join(work.dir, 'out'))).toEqual(['packages.json']); // no partial files left
  });

  it('lists exactly the derivations nix-env shows, with the channel config applied', () => {
    expect(Object.keys(packages).sort()).toEqual(
      ['hello', 'oldtool', 'pythonPackages.requests', 'ripgrep', 'viaNixPath'].sort(),
    );
    // packages-config.nix sets allowAliases = false: the alias is not there.
    expect(packages['hello-alias']).toBeUndefined();
    expect(result.count).toBe(5);
    expect(progress.at(-1)).toBe(5);
  });

  it('drops the package nix-env printed only half of, and says so', () => {
    expect(result.dropped).toEqual(['halfMeta']);
    expect(logs.some((l) => l.includes('halfMeta'))).toBe(true);
  });

  it('keeps the top-level fields of each package', () => {
    expect(packages.hello).toMatchObject({
      name: 'hello-2.12',
      pname: 'hello',
      version: '2.12',
      system: 'x86_64-linux',
      outputName: 'out',
      outputs: { out: null },
    });
    expect(packages.ripgrep?.outputs).toEqual({ man: null, out: null });
  });

  it('keeps meta field by field: descriptions, homepages, licenses, maintainers, programs, platforms', () => {
    const hello = packages.hello!.meta;
    expect(hello.description).toBe('A program that produces a familiar, friendly greeting');
    expect(hello.longDescription).toBe('GNU Hello is a program that prints "Hello, world!" when you run it.\n');
    expect(hello.homepage).toBe('https://www.gnu.org/software/hello/');
    expect(hello.license).toEqual({ spdxId: 'MIT', shortName: 'mit', fullName: 'MIT License', free: true });
    expect(hello.maintainers).toEqual([{ name: 'Alice Example', email: 'alice@example.org', github: 'alice', githubId: 1 }]);
    expect(hello.mainProgram).toBe('hello');
    expect(hello.platforms).toEqual(['x86_64-linux', 'aarch64-linux']);

    const rg = packages.ripgrep!.meta;
    expect(rg.homepage).toEqual(['https://github.com/BurntSushi/ripgrep', 'https://crates.io/crates/ripgrep']);
    expect(rg.license).toEqual([
      { spdxId: 'MIT', shortName: 'mit', fullName: 'MIT License', free: true },
      { shortName: 'unlicense', spdxId: 'Unlicense', free: true },
    ]);
    expect(rg.maintainers).toEqual([
      'Old Style <old@example.org>',
      { name: 'Alice Example', email: 'alice@example.org', github: 'alice', githubId: 1 },
    ]);
    expect(rg.mainProgram).toBe('rg');

    const old = packages.oldtool!.meta;
    expect(old).toMatchObject({ license: 'unfree', broken: true, unfree: true, description: 'Broken and unfree' });
    expect(packages['pythonPackages.requests']!.meta.description).toBe('HTTP for Humans');
  });

  it('gives positions as absolute paths under sourceRoot', async () => {
    const file = join(result.sourceRoot, 'default.nix');
    expect(packages.hello!.meta.position).toBe(`${file}:${await lineOf(file, 'pname = "hello"')}`);
    expect(packages.ripgrep!.meta.position).toBe(`${file}:${await lineOf(file, 'pname = "ripgrep"')}`);
  });

  it('resolves <nixpkgs> to the evaluated tree', () => {
    expect(packages.viaNixPath!.meta.position).toBe(
      `${result.sourceRoot}/pkgs/tools/via-nix-path.nix:2`,
    );
  });
});

describe('evaluatePackages options', () => {
  it('evaluates for another system when asked', async () => {
    const work = await tempDir('packages-system');
    try {
      const result = await evaluatePackages(COLLECTION, { workDir: work.dir, system: 'aarch64-linux' });
      const packages = await readPackages(result);
      expect(packages.hello?.system).toBe('aarch64-linux');
    } finally {
      await work.cleanup();
    }
  });

  it('ignores the caller’s NIX_PATH and nixpkgs variables', async () => {
    const work = await tempDir('packages-impure');
    try {
      const result = await evaluatePackages(COLLECTION, {
        workDir: work.dir,
        env: { ...process.env, NIX_PATH: `impure=${work.dir}`, NIXPKGS_ALLOW_UNFREE: '1' },
      });
      const packages = await readPackages(result);
      expect(packages['impure-nix-path']).toBeUndefined();
      expect(packages['impure-unfree']).toBeUndefined();
      expect(result.count).toBe(5);
    } finally {
      await work.cleanup();
    }
  });
});

describe('evaluatePackages on a tarball URL', () => {
  it('lets Nix fetch and unpack it, and reports the store path as sourceRoot', async () => {
    const work = await tempDir('packages-url');
    try {
      const tarball = join(work.dir, 'collection.tar.gz');
      // A top-level directory, as GitHub archives have; fetchTarball strips it.
      execFileSync('tar', ['-czf', tarball, '-C', FIXTURES, '--transform', 's,^packages,nixpkgs-fixture,', 'packages']);
      const result = await evaluatePackages(`file://${tarball}`, { workDir: join(work.dir, 'out') });
      expect(result.sourceRoot).toMatch(/^\/nix\/store\/[a-z0-9]{32}-source$/);
      const packages = await readPackages(result);
      expect(Object.keys(packages).sort()).toEqual(
        ['hello', 'oldtool', 'pythonPackages.requests', 'ripgrep', 'viaNixPath'].sort(),
      );
      const line = await lineOf(join(COLLECTION, 'default.nix'), 'pname = "hello"');
      expect(packages.hello!.meta.position).toBe(`${result.sourceRoot}/default.nix:${line}`);
    } finally {
      await work.cleanup();
    }
  });
});
