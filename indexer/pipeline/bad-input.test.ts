/**
 * Every kind of bad input fails with a clear message and publishes nothing: the previous
 * metadata of the channel stays exactly as it was and no temporary directory is left.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Source } from '@/core/channels/config';
import { IndexerError } from '../errors';
import { metadataEntries, runCli, SHARED_DATA, snapshotDir, tempDir, testChannel, TINY } from '../test-support';
import { buildChannel } from './build';

let dataDir: string;
let inputs: string;
let cleanup: () => void;
let previous: Record<string, string>;
const tinyDir = () => join(dataDir, 'metadata', 'tiny');

const tinyChannel = (packages: Source, options: Source = { artifact: join(TINY, 'options.json') }) =>
  testChannel('tiny', { packages, optionSets: [{ id: 'nixos', source: options }] });

beforeAll(async () => {
  const tmp = tempDir('nixsearch-bad-');
  cleanup = tmp.cleanup;
  dataDir = join(tmp.dir, 'data');
  inputs = tmp.dir;
  await buildChannel(tinyChannel({ artifact: join(TINY, 'packages.json') }), { dataDir });
  previous = snapshotDir(tinyDir());
});
afterAll(() => cleanup());

/** Build with bad input; return the error message after checking that nothing was published. */
async function failedBuild(packages: Source, options?: Source): Promise<string> {
  let message = '';
  try {
    await buildChannel(tinyChannel(packages, options), { dataDir, force: true });
  } catch (error) {
    message = (error as Error).message;
  }
  expect(message).not.toBe('');
  expect(snapshotDir(tinyDir())).toEqual(previous);
  expect(metadataEntries(dataDir)).toEqual(['tiny']);
  return message;
}

function write(name: string, content: string | Buffer): string {
  const file = join(inputs, name);
  writeFileSync(file, content);
  return file;
}

const tinyPackages = () => readFileSync(join(TINY, 'packages.json'));

describe('bad input', () => {
  it('truncated JSON names the file and the position', async () => {
    const file = write('truncated.json', tinyPackages().subarray(0, 500));
    expect(await failedBuild({ artifact: file })).toBe(
      `${file}: truncated JSON: the data ends inside the entry "hello" at byte 500 (line 13, column 43)`,
    );
    const br = write('truncated.json.br', brotliCompressSync(tinyPackages()).subarray(0, 200));
    expect(await failedBuild({ artifact: br })).toBe(`${br}: truncated brotli data (the compressed stream ends early)`);
  });

  it('invalid JSON names the file, the entry and the position', async () => {
    const file = write('invalid.json', '{\n  "hello": {"name": "hello-1", "meta": {"broken": tru}}\n}\n');
    expect(await failedBuild({ artifact: file })).toMatch(
      new RegExp(`^${file.replace(/[.]/g, '\\.')}: invalid JSON in the entry "hello" \\(.+\\) at byte 55 \\(line 2, column 54\\)$`),
    );
  });

  it('invalid JSON deep inside a large input (parsed in worker threads)', async () => {
    const entry = (i: number) => `"pkg${i}": {"name": "pkg${i}-1.0", "meta": {"description": "package number ${i} é"}}`;
    const entries = Array.from({ length: 20_000 }, (_, i) => entry(i));
    entries[15_000] = entries[15_000]!.replace('"meta": {', '"meta": {,');
    const text = `{\n${entries.join(',\n')}\n}\n`;
    const file = write('large-invalid.json', text);
    const offset = Buffer.byteLength(text.slice(0, text.indexOf('{,') + 1));
    const message = await failedBuild({ artifact: file });
    expect(message).toMatch(new RegExp(`^${file.replace(/[.]/g, '\\.')}: invalid JSON in the entry "pkg15000" \\(.+\\) at byte ${offset} \\(line 15002, column \\d+\\)$`));
  });

  it('empty files and empty objects', async () => {
    const empty = write('empty.json', '');
    expect(await failedBuild({ artifact: empty })).toBe(`${empty}: the file is empty`);
    const nothing = write('nothing.json', '{}');
    expect(await failedBuild({ artifact: nothing })).toBe(`${nothing} holds no packages (the JSON object is empty)`);
  });

  it('a file of the wrong kind', async () => {
    const options = join(TINY, 'options.json');
    expect(await failedBuild({ artifact: options })).toBe(`${options} holds options, not packages (first entry: "services.tiny.enable")`);
    const packages = join(TINY, 'packages.json');
    expect(await failedBuild({ artifact: packages }, { artifact: packages })).toBe(`${packages} holds packages, not options (first entry: "hello")`);
    const other = write('other.json', '{"a": {"b": 1}, "c": [1]}');
    expect(await failedBuild({ artifact: other })).toBe(
      `${other} does not look like a packages file: none of its first 2 entries is one (first entry: "a")`,
    );
  });

  it('missing files and unreachable URLs', async () => {
    expect(await failedBuild({ artifact: join(inputs, 'missing.json') })).toBe(`File not found: ${join(inputs, 'missing.json')}`);
    const server = createServer((_, res) => res.writeHead(404, 'Not Found').end());
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as AddressInfo).port;
    expect(await failedBuild({ artifact: `http://127.0.0.1:${port}/packages.json` })).toBe(
      `Cannot download http://127.0.0.1:${port}/packages.json: HTTP 404 Not Found`,
    );
    await new Promise((resolve) => server.close(resolve));
    expect(await failedBuild({ artifact: `http://127.0.0.1:${port}/packages.json` })).toBe(
      `Cannot download http://127.0.0.1:${port}/packages.json: ECONNREFUSED`,
    );
  });

  it('a nixpkgs source that does not exist', async () => {
    const message = await failedBuild({ nixpkgs: join(inputs, 'no-nixpkgs') });
    expect(message).toContain(join(inputs, 'no-nixpkgs'));
  });

  it('a channel without inputs', async () => {
    await expect(buildChannel(testChannel('empty', { optionSets: [] }), { dataDir })).rejects.toThrow(
      new IndexerError('Channel "empty" has no inputs (neither packages nor option sets)'),
    );
  });
});

describe('interrupting the CLI', () => {
  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)('%s in the middle of a build leaves the previous metadata and no temporary files', async (signal, code) => {
    let sent = false;
    const run = await runCli(
      ['build', '-c', 'tiny', '--data-dir', dataDir, '--packages', join(SHARED_DATA, 'nixos-24.11/packages.json.br'), '--force'],
      {
        onStderr: (text, child) => {
          if (!sent && text.includes('tiny: packages …')) {
            sent = true;
            setTimeout(() => child.kill(signal), 1500);
          }
        },
      },
    );
    expect(sent).toBe(true);
    expect(run.stderr).toContain('error: Interrupted; nothing was written');
    expect(run.code).toBe(code);
    expect(snapshotDir(tinyDir())).toEqual(previous);
    expect(metadataEntries(dataDir)).toEqual(['tiny']);
  });

  it('reports a missing Nix with the install hint', async () => {
    const run = await runCli(['build', '-c', 'tiny', '--data-dir', dataDir, '--nixpkgs', join(TINY, '..', '..', '..', 'evaluate', 'fixtures', 'packages')], {
      env: { PATH: '/nonexistent' },
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^(tiny: .*\n)*error: Nix is not installed: `nix-env` was not found on PATH\. Install Nix: `apt-get install -y nix-bin`/m);
    expect(snapshotDir(tinyDir())).toEqual(previous);
    expect(metadataEntries(dataDir)).toEqual(['tiny']);
  });
});
