/**
 * The scale input of the indexer benchmark, made from the real nixos-24.11 artifacts:
 * packages repeated under renamed attribute paths (`ripgrep` → `ripgrep-copy2`, nested sets
 * keep their set) up to 150,000 entries in the channel format, and options repeated under a
 * renamed first segment (`copy2.services.…`) up to 25,000, both brotli-compressed like a
 * channel. Real entries average ~1.7 KB, so 150k of them make ~260 MB; to also reach the
 * size of a modern packages.json (~380 MB), each package gets a `meta.benchPadding` list of
 * platform strings that the indexer parses and ignores (like the many meta fields it does
 * not index). Cached under .cache/bench/indexer/ (regenerated when the recipe changes).
 */
import { createWriteStream, existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { constants, createBrotliCompress } from 'node:zlib';
import { readEntries } from '@/indexer/import/entries';
import type { RawEntry } from '@/indexer/import/scanner';

/** What to generate. */
export interface BenchInputSpec {
  packages: number;
  options: number;
  /** Target size of the uncompressed packages JSON in MB (0: no padding). */
  packagesMb: number;
}

/** The generated files and their figures. */
export interface BenchInput {
  packagesFile: string;
  optionsFile: string;
  packages: number;
  options: number;
  packagesBytes: number;
  optionsBytes: number;
  packagesCompressedBytes: number;
  optionsCompressedBytes: number;
}

const RECIPE = 1;
const SOURCE = '/work/shared/data/nixos-24.11';

async function rawEntries(file: string, kind: 'packages' | 'options'): Promise<RawEntry[]> {
  const stream = await readEntries(file, kind);
  const all: RawEntry[] = [];
  for await (const batch of stream.batches) for (const e of batch) all.push({ ...e, bytes: Buffer.from(e.bytes) });
  return all;
}

/** Brotli-compress generated pieces into `file` (written to a temporary name, then renamed). */
async function writeBrotli(file: string, pieces: () => Generator<string | Buffer>): Promise<{ bytes: number }> {
  let bytes = 0;
  const counted = function* () {
    for (const p of pieces()) {
      const b = typeof p === 'string' ? Buffer.from(p) : p;
      bytes += b.length;
      yield b;
    }
  };
  const temp = `${file}.tmp-${process.pid}`;
  await pipeline(
    Readable.from(counted()),
    // Quality 5 with a large window: compresses 380 MB in seconds; decoding speed is what matters.
    createBrotliCompress({ params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_LGWIN]: 24 } }),
    createWriteStream(temp),
  );
  renameSync(temp, file);
  return { bytes };
}

function renamedAttr(attr: string, copy: number): string {
  return `${attr}-copy${copy}`;
}

/** Generate (or reuse) the scale input in `dir`. */
export async function benchInput(dir: string, spec: BenchInputSpec, log: (s: string) => void): Promise<BenchInput> {
  mkdirSync(dir, { recursive: true });
  const name = `p${spec.packages}-o${spec.options}-${spec.packagesMb}mb-r${RECIPE}`;
  const stampFile = join(dir, `${name}.json`);
  if (existsSync(stampFile)) {
    const stamp = JSON.parse(readFileSync(stampFile, 'utf8')) as BenchInput;
    if (existsSync(stamp.packagesFile) && existsSync(stamp.optionsFile)) {
      log(`reusing the generated input (${stampFile})`);
      return stamp;
    }
  }
  log('generating the scale input from nixos-24.11 (once; cached under .cache/bench/indexer)…');
  const packages = await rawEntries(join(SOURCE, 'packages.json.br'), 'packages');
  const options = await rawEntries(join(SOURCE, 'options.json.br'), 'options');
  const natural = Array.from({ length: spec.packages }, (_, i) => packages[i % packages.length]!.bytes.length).reduce((a, b) => a + b, 0);
  const target = spec.packagesMb * 1e6;
  const padPerEntry = Math.max(0, Math.floor((target - natural) / spec.packages) - 40);
  const PLATFORMS = ['x86_64-linux', 'aarch64-linux', 'x86_64-darwin', 'aarch64-darwin', 'i686-linux', 'armv7l-linux', 'riscv64-linux'];
  const padding = (n: number) => {
    const list: string[] = [];
    let size = 2;
    for (let i = 0; size < n; i++) {
      const p = PLATFORMS[i % PLATFORMS.length]!;
      list.push(p);
      size += p.length + 3;
    }
    return JSON.stringify(list);
  };
  const pad = padPerEntry > 0 ? padding(padPerEntry) : null;

  const packagesFile = join(dir, `${name}-packages.json.br`);
  const p = await writeBrotli(packagesFile, function* () {
    yield '{"version":2,"packages":{';
    for (let i = 0; i < spec.packages; i++) {
      const source = packages[i % packages.length]!;
      const copy = Math.floor(i / packages.length) + 1;
      const key = copy === 1 ? source.key : renamedAttr(source.key, copy);
      let value = source.bytes.toString('utf8');
      // Insert the padding as the first member of `meta` (every package has one).
      if (pad) value = value.replace('"meta":{', `"meta":{"benchPadding":${pad},`);
      yield `${i > 0 ? ',' : ''}${JSON.stringify(key)}:${value}`;
    }
    yield '}}';
  });

  const optionsFile = join(dir, `${name}-options.json.br`);
  const o = await writeBrotli(optionsFile, function* () {
    yield '{';
    for (let i = 0; i < spec.options; i++) {
      const source = options[i % options.length]!;
      const copy = Math.floor(i / options.length) + 1;
      let key = source.key;
      let value = source.bytes.toString('utf8');
      if (copy > 1) {
        key = `copy${copy}.${source.key}`;
        const parsed = JSON.parse(value) as { loc?: string[] };
        if (Array.isArray(parsed.loc)) parsed.loc = [`copy${copy}`, ...parsed.loc];
        value = JSON.stringify(parsed);
      }
      yield `${i > 0 ? ',' : ''}${JSON.stringify(key)}:${value}`;
    }
    yield '}';
  });

  const input: BenchInput = {
    packagesFile,
    optionsFile,
    packages: spec.packages,
    options: spec.options,
    packagesBytes: p.bytes,
    optionsBytes: o.bytes,
    packagesCompressedBytes: statSync(packagesFile).size,
    optionsCompressedBytes: statSync(optionsFile).size,
  };
  writeFileSync(stampFile, JSON.stringify(input, null, 2));
  return input;
}
