/**
 * Which compression an input uses, from its name AND its first bytes. Names alone lie (a
 * server may send a `.br` URL already decoded; a file may be renamed), and brotli has no magic
 * number, so: gzip is recognised by its magic bytes; plain JSON by its first character; a
 * `.br` name, or data that is neither, is probed by decoding the first bytes as brotli.
 */
import { brotliDecompressSync, constants } from 'node:zlib';
import { InputError } from '../errors';

/** A supported compression. */
export type Compression = 'none' | 'gzip' | 'brotli';

const UNSUPPORTED: [number[], string][] = [
  [[0x28, 0xb5, 0x2f, 0xfd], 'zstd'],
  [[0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], 'xz'],
  [[0x42, 0x5a, 0x68], 'bzip2'],
  [[0x50, 0x4b, 0x03, 0x04], 'zip'],
];

const startsWith = (head: Uint8Array, magic: number[]) => magic.every((b, i) => head[i] === b);

/** Whether the bytes start like a JSON document (after an optional BOM and whitespace). */
export function looksLikeJson(head: Uint8Array): boolean {
  let i = startsWith(head, [0xef, 0xbb, 0xbf]) ? 3 : 0;
  while (i < head.length && (head[i] === 0x20 || head[i] === 0x0a || head[i] === 0x0d || head[i] === 0x09)) i++;
  if (i >= head.length) return head.length > 0;
  if (head[i] !== 0x7b && head[i] !== 0x5b) return false;
  i++;
  while (i < head.length && (head[i] === 0x20 || head[i] === 0x0a || head[i] === 0x0d || head[i] === 0x09)) i++;
  return i >= head.length || head[i] === 0x22 || head[i] === 0x7d || head[i] === 0x5d || head[i] === 0x7b;
}

/** Whether the first bytes decode as the start of a brotli stream. */
function probeBrotli(head: Uint8Array): boolean {
  try {
    brotliDecompressSync(head, { finishFlush: constants.BROTLI_OPERATION_FLUSH });
    return true;
  } catch {
    return false;
  }
}

/** Decide the compression of an input from its name and first bytes (up to 64 KiB). */
export function detectCompression(name: string, head: Uint8Array): Compression {
  const path = name.replace(/[?#].*$/, '').toLowerCase();
  if (startsWith(head, [0x1f, 0x8b])) return 'gzip';
  for (const [magic, format] of UNSUPPORTED) {
    if (startsWith(head, magic)) throw new InputError(`${name}: ${format}-compressed input is not supported (use plain JSON, .gz or .br)`);
  }
  const json = looksLikeJson(head);
  if (path.endsWith('.br')) {
    // A brotli stream can begin with "{": only plain JSON when it does not decode as brotli.
    if (!json || probeBrotli(head)) return 'brotli';
    return 'none';
  }
  if (json) return 'none';
  if (path.endsWith('.gz')) throw new InputError(`${name}: named .gz but not gzip data`);
  if (probeBrotli(head)) return 'brotli';
  throw new InputError(`${name}: not JSON, gzip or brotli data`);
}
