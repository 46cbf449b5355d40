/**
 * Loading JSON metadata into the embedded engine (real SQLite): manifest validation, counts
 * checked against the files, and a failed load leaving the live channel untouched.
 */
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SqliteEngine } from '@/core/engines/sqlite/engine';
import type { PackageDoc } from '@/core/documents/types';
import { MetadataError } from '../errors';
import { buildChannel } from '../pipeline/build';
import { silentReporter } from '../progress/reporter';
import { tempDir, testChannel, TINY } from '../test-support';
import { openMetadata, readJsonLines, readManifest } from './metadata';
import { loadChannel } from './publish';

let dataDir: string;
let cleanup: () => void;
let engine: SqliteEngine;
const dir = () => join(dataDir, 'metadata', 'tiny');

beforeAll(async () => {
  ({ dir: dataDir, cleanup } = tempDir('nixsearch-load-'));
  await buildChannel(
    testChannel('tiny', {
      packages: { artifact: join(TINY, 'packages.json') },
      optionSets: [{ id: 'nixos', source: { artifact: join(TINY, 'options.json') } }],
    }),
    { dataDir },
  );
  engine = new SqliteEngine({ dir: join(dataDir, 'sqlite'), channelOrder: ['tiny'] });
});
afterAll(async () => {
  await engine.close();
  cleanup();
});

describe('reading metadata', () => {
  it('streams documents re-iterably, as engines need', async () => {
    const input = openMetadata(dir());
    expect(input.manifest.channel.id).toBe('tiny');
    const first: PackageDoc[] = [];
    for await (const p of input.packages()) first.push(p);
    const second: PackageDoc[] = [];
    for await (const p of input.packages()) second.push(p);
    expect(first.map((p) => p.attrPath)).toEqual(['hello', 'python312Packages.tinylib', 'evil']);
    expect(second).toEqual(first);
  });

  it('rejects missing and invalid manifests with the reason', () => {
    expect(() => readManifest(join(dataDir, 'metadata', 'nope'))).toThrow(MetadataError);
    expect(() => readManifest(join(dataDir, 'metadata', 'nope'))).toThrow(/manifest\.json is missing\); run the build first$/);
    const { dir: bad, cleanup: done } = tempDir();
    try {
      const manifest = JSON.parse(readFileSync(join(dir(), 'manifest.json'), 'utf8')) as Record<string, unknown>;
      writeFileSync(join(bad, 'manifest.json'), JSON.stringify({ ...manifest, schemaVersion: 'one', counts: undefined }));
      expect(() => readManifest(bad)).toThrow(/^Invalid manifest .*manifest\.json: schemaVersion: .*; counts: /);
    } finally {
      done();
    }
  });

  it('fails when a file holds fewer or more documents than the manifest says', async () => {
    const { dir: copy, cleanup: done } = tempDir();
    try {
      const lines = readFileSync(join(dir(), 'packages.jsonl'), 'utf8');
      writeFileSync(join(copy, 'packages.jsonl'), lines.split('\n').slice(1).join('\n'));
      const read = async () => {
        for await (const doc of readJsonLines(join(copy, 'packages.jsonl'), 3)) void doc;
      };
      await expect(read()).rejects.toThrow(/packages\.jsonl holds 2 documents but its manifest says 3; rebuild the metadata$/);
      appendFileSync(join(copy, 'packages.jsonl'), '{"broken\n');
      await expect(read()).rejects.toThrow(/packages\.jsonl:3: invalid JSON/);
    } finally {
      done();
    }
  });
});

describe('loading into the embedded engine', () => {
  it('publishes once, then skips the same content unless forced', async () => {
    const first = await loadChannel(engine, 'tiny', { dataDir, reporter: silentReporter });
    expect(first).toMatchObject({ published: true, counts: { packages: 3, options: 3 } });
    expect((await engine.getPackage('tiny', 'hello'))?.pname).toBe('hello');
    expect((await loadChannel(engine, 'tiny', { dataDir, reporter: silentReporter })).published).toBe(false);
    expect((await loadChannel(engine, 'tiny', { dataDir, reporter: silentReporter, force: true })).published).toBe(true);
  });

  it('a load that fails leaves the live channel serving as before', async () => {
    const packages = join(dir(), 'packages.jsonl');
    const good = readFileSync(packages, 'utf8');
    try {
      writeFileSync(packages, good.split('\n').slice(0, 2).join('\n') + '\n');
      await expect(loadChannel(engine, 'tiny', { dataDir, reporter: silentReporter, force: true })).rejects.toThrow(/holds 2 documents but its manifest says 3/);
      const channels = await engine.listChannels();
      expect(channels.find((c) => c.id === 'tiny')?.counts.packages).toBe(3);
      expect((await engine.getPackage('tiny', 'evil'))?.attrPath).toBe('evil');
    } finally {
      writeFileSync(packages, good);
    }
  });
});
