/**
 * Open an input (a file path or an http(s) URL) as a stream of decompressed bytes. The
 * compression is detected from the name and the first bytes (compression.ts); decompression
 * is streamed, so a 380 MB packages.json is never held whole. Every failure becomes an
 * InputError naming the input: missing file, unreachable URL, HTTP status, corrupt or
 * truncated compressed data.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { createBrotliDecompress, createGunzip } from 'node:zlib';
import { InputError, InterruptedError } from '../errors';
import { detectCompression, type Compression } from './compression';

/** An opened input. */
export interface OpenedInput {
  compression: Compression;
  /** Size of the raw (possibly compressed) input when known, for progress. */
  totalBytes: number | null;
  /** Raw bytes read so far. */
  rawBytesRead: () => number;
  /** SHA-256 (hex) of the raw bytes; complete once `chunks` is exhausted. */
  rawSha256: () => string;
  /** The decompressed bytes. */
  chunks: AsyncIterable<Buffer>;
}

/** How to open. */
export interface OpenOptions {
  signal?: AbortSignal;
  /** Timeout for connecting and for the response headers of a URL (ms). */
  timeoutMs?: number;
}

/** Whether a location is an http(s) URL. */
export const isUrl = (location: string) => /^https?:\/\//i.test(location);

const HEAD_BYTES = 64 * 1024;
/** Raw read size: small enough that bytes read track progress through compressed inputs. */
const READ_BYTES = 256 * 1024;
/** Decompressed chunk size. */
const CHUNK_BYTES = 1024 * 1024;

async function openRaw(location: string, options: OpenOptions): Promise<{ stream: AsyncIterable<Buffer>; size: number | null }> {
  if (isUrl(location)) {
    let response: Response;
    const timeout = AbortSignal.timeout(options.timeoutMs ?? 30_000);
    try {
      response = await fetch(location, { signal: options.signal ? AbortSignal.any([options.signal, timeout]) : timeout });
    } catch (error) {
      if (options.signal?.aborted) throw new InterruptedError();
      const cause = (error as { cause?: { code?: string; message?: string } }).cause;
      const reason = timeout.aborted ? 'timed out' : (cause?.code ?? cause?.message ?? (error as Error).message);
      throw new InputError(`Cannot download ${location}: ${reason}`, { cause: error });
    }
    if (!response.ok || !response.body) {
      throw new InputError(`Cannot download ${location}: HTTP ${response.status} ${response.statusText}`.trim());
    }
    const length = Number(response.headers.get('content-length'));
    // fetch already undoes a Content-Encoding; the size then no longer matches the bytes read.
    const encoded = response.headers.get('content-encoding');
    return {
      stream: Readable.fromWeb(response.body as import('node:stream/web').ReadableStream<Uint8Array>),
      size: Number.isFinite(length) && length > 0 && !encoded ? length : null,
    };
  }
  let size: number;
  try {
    const info = await stat(location);
    if (!info.isFile()) throw new InputError(`${location} is not a file`);
    size = info.size;
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(code === 'ENOENT' ? `File not found: ${location}` : `Cannot read ${location}: ${(error as Error).message}`, {
      cause: error,
    });
  }
  if (size === 0) throw new InputError(`${location}: the file is empty`);
  return { stream: createReadStream(location, { highWaterMark: READ_BYTES, signal: options.signal }), size };
}

/** Read until at least `HEAD_BYTES` (or the end), returning the head and the rest of the stream. */
async function splitHead(stream: AsyncIterable<Buffer>): Promise<{ head: Buffer; rest: AsyncIterator<Buffer> }> {
  const iterator = stream[Symbol.asyncIterator]();
  const parts: Buffer[] = [];
  let length = 0;
  while (length < HEAD_BYTES) {
    const next = await iterator.next();
    if (next.done) break;
    const chunk = Buffer.isBuffer(next.value) ? next.value : Buffer.from(next.value);
    parts.push(chunk);
    length += chunk.length;
  }
  return { head: Buffer.concat(parts), rest: iterator };
}

/** Open an input for reading; see the module comment. */
export async function openInput(location: string, options: OpenOptions = {}): Promise<OpenedInput> {
  const raw = await openRaw(location, options);
  const { head, rest } = await splitHead(raw.stream).catch((error: unknown) => {
    throw readError(location, error, options.signal);
  });
  if (head.length === 0) throw new InputError(`${location}: the input is empty`);
  const compression = detectCompression(location, head);
  let rawBytes = 0;
  const hash = createHash('sha256');
  let digest: string | null = null;
  async function* source(): AsyncGenerator<Buffer> {
    rawBytes += head.length;
    hash.update(head);
    yield head;
    for (;;) {
      const next = await rest.next();
      if (next.done) break;
      const chunk = Buffer.isBuffer(next.value) ? next.value : Buffer.from(next.value);
      rawBytes += chunk.length;
      hash.update(chunk);
      yield chunk;
    }
    digest = hash.digest('hex');
  }
  return {
    compression,
    totalBytes: raw.size,
    rawBytesRead: () => rawBytes,
    rawSha256: () => {
      if (digest === null) throw new Error(`${location} was not read to the end`);
      return digest;
    },
    chunks: decompressed(location, compression, source(), options.signal),
  };
}

function readError(location: string, error: unknown, signal?: AbortSignal): Error {
  if (signal?.aborted || (error as Error).name === 'AbortError') return new InterruptedError();
  if (error instanceof InputError) return error;
  return new InputError(`Cannot read ${location}: ${(error as Error).message}`, { cause: error });
}

async function* decompressed(
  location: string,
  compression: Compression,
  source: AsyncIterable<Buffer>,
  signal?: AbortSignal,
): AsyncGenerator<Buffer> {
  if (compression === 'none') {
    try {
      yield* source;
    } catch (error) {
      throw readError(location, error, signal);
    }
    return;
  }
  const decoder = compression === 'gzip' ? createGunzip({ chunkSize: CHUNK_BYTES }) : createBrotliDecompress({ chunkSize: CHUNK_BYTES });
  const input = Readable.from(source, { objectMode: false });
  input.on('error', (error) => decoder.destroy(error));
  input.pipe(decoder);
  try {
    for await (const chunk of decoder) yield chunk as Buffer;
  } catch (error) {
    if (signal?.aborted) throw new InterruptedError();
    if (error instanceof InputError) throw error;
    const message = (error as Error).message;
    const what = compression === 'gzip' ? 'gzip' : 'brotli';
    throw new InputError(
      /unexpected end/i.test(message)
        ? `${location}: truncated ${what} data (the compressed stream ends early)`
        : `${location}: corrupt ${what} data (${message})`,
      { cause: error },
    );
  } finally {
    input.destroy();
    decoder.destroy();
  }
}
