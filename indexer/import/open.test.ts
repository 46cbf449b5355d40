import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../errors';
import { readEntries } from './entries';
import { openInput } from './open';
import { parseEntry } from './scanner';

const DOC = { a: { name: 'a-1', meta: { description: 'é 😀 "x"' } }, b: { name: 'b-2', list: Array.from({ length: 2000 }, (_, i) => `item ${i}`) } };
const JSON_TEXT = JSON.stringify(DOC);
const BODIES: Record<string, Buffer> = {
  plain: Buffer.from(JSON_TEXT),
  gzip: gzipSync(JSON_TEXT),
  brotli: brotliCompressSync(Buffer.from(JSON_TEXT)),
};

let dir: string;
let server: Server;
let base: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'nixsearch-open-'));
  server = createServer((req, res) => {
    const url = req.url ?? '';
    if (url === '/missing.json') return void res.writeHead(404, 'Not Found').end('no');
    if (url === '/encoded.json.br') {
      // A server that already undoes the compression with Content-Encoding: fetch decodes it.
      res.writeHead(200, { 'content-encoding': 'br' });
      return void res.end(BODIES.brotli);
    }
    const kind = url.endsWith('.gz') ? 'gzip' : url.endsWith('.br') ? 'brotli' : 'plain';
    res.writeHead(200, { 'content-length': String(BODIES[kind]!.length) }).end(BODIES[kind]);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await new Promise((resolve) => server.close(resolve));
});

async function readAll(location: string) {
  const stream = await readEntries(location, 'packages');
  const entries: [string, unknown][] = [];
  for await (const batch of stream.batches) for (const e of batch) entries.push([e.key, parseEntry(location, e)]);
  return { entries: Object.fromEntries(entries), compression: stream.input.compression };
}

async function failure(location: string): Promise<string> {
  try {
    await readAll(location);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as Error).message;
  }
  throw new Error('expected an InputError');
}

describe('openInput / readEntries', () => {
  it.each([
    ['plain', 'packages.json'],
    ['gzip', 'packages.json.gz'],
    ['brotli', 'packages.json.br'],
    // Detected by content whatever the name says.
    ['gzip', 'gzip-named-plain.json'],
    ['brotli', 'brotli-named-plain.json'],
    ['plain', 'plain-named.json.br'],
  ] as const)('reads %s data from %s', async (kind, name) => {
    const file = join(dir, name);
    writeFileSync(file, BODIES[kind]!);
    const result = await readAll(file);
    expect(result.compression).toBe(kind === 'plain' ? 'none' : kind);
    expect(result.entries).toEqual(DOC);
  });

  it.each(['packages.json', 'packages.json.gz', 'packages.json.br', 'encoded.json.br'])('reads %s over http', async (name) => {
    expect((await readAll(`${base}/${name}`)).entries).toEqual(DOC);
  });

  it('reports missing files, empty files, HTTP errors and unreachable hosts', async () => {
    expect(await failure(join(dir, 'nope.json'))).toBe(`File not found: ${join(dir, 'nope.json')}`);
    writeFileSync(join(dir, 'empty.json'), '');
    expect(await failure(join(dir, 'empty.json'))).toBe(`${join(dir, 'empty.json')}: the file is empty`);
    expect(await failure(`${base}/missing.json`)).toBe(`Cannot download ${base}/missing.json: HTTP 404 Not Found`);
    // A port nobody listens on: connection refused.
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    expect(await failure(`http://127.0.0.1:${port}/x.json`)).toBe(`Cannot download http://127.0.0.1:${port}/x.json: ECONNREFUSED`);
  });

  it('reports truncated and corrupt compressed data', async () => {
    const gz = join(dir, 'cut.json.gz');
    writeFileSync(gz, BODIES.gzip!.subarray(0, BODIES.gzip!.length - 20));
    expect(await failure(gz)).toBe(`${gz}: truncated gzip data (the compressed stream ends early)`);
    const br = join(dir, 'cut.json.br');
    writeFileSync(br, BODIES.brotli!.subarray(0, Math.floor(BODIES.brotli!.length / 2)));
    expect(await failure(br)).toBe(`${br}: truncated brotli data (the compressed stream ends early)`);
    const corrupt = join(dir, 'corrupt.json.gz');
    const bytes = Buffer.from(BODIES.gzip!);
    bytes.fill(0x55, 12, 60);
    writeFileSync(corrupt, bytes);
    expect(await failure(corrupt)).toMatch(new RegExp(`^${corrupt.replace(/[.]/g, '\\.')}: corrupt gzip data`));
  });

  it('rejects data that is neither JSON, gzip nor brotli, and unsupported compressions', async () => {
    const zstd = join(dir, 'x.json.zst');
    writeFileSync(zstd, Buffer.from([0x28, 0xb5, 0x2f, 0xfd, 1, 2, 3]));
    expect(await failure(zstd)).toBe(`${zstd}: zstd-compressed input is not supported (use plain JSON, .gz or .br)`);
    const text = join(dir, 'notes.txt');
    writeFileSync(text, 'this is not json at all, and not compressed either');
    expect(await failure(text)).toBe(`${text}: not JSON, gzip or brotli data`);
  });

  it('counts raw bytes and hashes them', async () => {
    const file = join(dir, 'count.json.gz');
    writeFileSync(file, BODIES.gzip!);
    const input = await openInput(file);
    let decompressed = 0;
    for await (const chunk of input.chunks) decompressed += chunk.length;
    expect(decompressed).toBe(Buffer.byteLength(JSON_TEXT));
    expect(input.totalBytes).toBe(BODIES.gzip!.length);
    expect(input.rawBytesRead()).toBe(BODIES.gzip!.length);
    const { createHash } = await import('node:crypto');
    expect(input.rawSha256()).toBe(createHash('sha256').update(BODIES.gzip!).digest('hex'));
  });
});
