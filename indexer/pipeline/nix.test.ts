/**
 * Inputs evaluated with the real Nix (the evaluation step's own fixtures: a tiny package
 * collection and a tiny module set) through the rest of the pipeline: absolute positions and
 * declarations become links at the revision.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentReporter } from '../progress/reporter';
import { readBuilt, tempDir, testChannel, type BuiltMetadata } from '../test-support';
import { buildChannel } from './build';

const FIXTURES = fileURLToPath(new URL('../evaluate/fixtures', import.meta.url));
const BASE = 'https://github.com/NixOS/nixpkgs/blob/test-rev/';
let built: BuiltMetadata;
let cleanup: () => void;
const messages: string[] = [];

beforeAll(async () => {
  const tmp = tempDir();
  cleanup = tmp.cleanup;
  const channel = testChannel('evaluated', {
    sourceBaseUrl: BASE,
    packages: { nixpkgs: join(FIXTURES, 'packages') },
    optionSets: [{ id: 'nixos', source: { nixpkgs: join(FIXTURES, 'nixos') } }],
  });
  const reporter = { ...silentReporter, info: (m: string) => void messages.push(m) };
  built = readBuilt((await buildChannel(channel, { dataDir: tmp.dir, reporter })).dir);
});
afterAll(() => cleanup());

describe('evaluated with Nix', () => {
  it('records the evaluation in the manifest', () => {
    expect(built.manifest.sources.map((s) => [s.kind, s.method])).toEqual([
      ['packages', 'nix'],
      ['options', 'nix'],
    ]);
    expect(built.manifest.timings['evaluate.packages']).toBeGreaterThan(0);
    expect(built.manifest.counts.packages).toBeGreaterThan(0);
  });

  it('warns about the package nix-env printed only half of (and leaves it out)', () => {
    expect(messages.filter((m) => m.includes('warning'))).toEqual([
      'evaluated: packages: warning: left out 1 package(s) whose meta threw while nix-env printed them: halfMeta',
    ]);
    expect(built.packages.has('halfMeta')).toBe(false);
  });

  it('strips the evaluated tree from positions and links them at the revision', () => {
    const hello = built.packages.get('hello')!;
    expect(hello.position).toMatch(/^default\.nix:\d+$/);
    expect(hello.sourceUrl).toBe(`${BASE}default.nix#L${hello.position!.split(':')[1]}`);
    expect(hello).toMatchObject({ mainProgram: 'hello', licenses: [{ spdxId: 'MIT' }], maintainers: [{ github: 'alice' }] });
    const rg = built.packages.get('ripgrep')!;
    expect(rg.maintainers.map((m) => m.name)).toEqual(['Old Style', 'Alice Example']);
    expect([...rg.outputs].sort()).toEqual(['man', 'out']);
  });

  it('links option declarations of the evaluated tree', () => {
    const options = [...built.options.values()];
    expect(options.length).toBeGreaterThan(0);
    for (const o of options) {
      for (const d of o.declarations) {
        expect(d.name).not.toMatch(/^\//);
        expect(d.url).toBe(`${BASE}${d.name}`);
      }
    }
    expect(options.some((o) => o.declarations.some((d) => d.name === 'nixos/modules/demo.nix'))).toBe(true);
  });
});
