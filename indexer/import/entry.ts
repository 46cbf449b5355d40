/**
 * One member of a scanned JSON object (scanner.ts) and its parsing: JSON.parse of the
 * member's bytes, with syntax errors located in the whole input (byte offset, line, column).
 */
import { JsonSyntaxError } from '../errors';

/** One member of the object, not yet parsed: its key, the bytes of its value and where they start. */
export interface RawEntry {
  key: string;
  bytes: Buffer;
  /** Absolute byte offset of the value. */
  offset: number;
  /** Line (1-based) and absolute byte offset of the start of that line. */
  line: number;
  lineStart: number;
}

/** One member of the object, parsed. */
export interface ScannedEntry {
  key: string;
  value: unknown;
  offset: number;
}

/**
 * JSON.parse one member's value; a syntax error becomes a JsonSyntaxError with the absolute
 * byte offset, line and column in the input.
 */
export function parseEntry(source: string, entry: RawEntry): unknown {
  const text = entry.bytes.toString('utf8');
  try {
    return JSON.parse(text);
  } catch (error) {
    throw entrySyntaxError(source, entry, text, (error as Error).message);
  }
}

/** Whether `prefix` could still begin a valid JSON text (its only problem is that it ends). */
function isValidPrefix(prefix: string): boolean {
  try {
    JSON.parse(prefix);
    return true;
  } catch (error) {
    const message = (error as Error).message;
    const pos = /position (\d+)/.exec(message);
    return /Unexpected end of JSON input/.test(message) || (pos !== null && Number(pos[1]) >= prefix.length);
  }
}

/**
 * Character position of a JSON.parse error. V8 gives it for most errors but not for an
 * unexpected token; then the position is found by bisection: the shortest prefix of the text
 * that can no longer begin valid JSON ends with the offending character (only on the error path).
 */
function errorPosition(text: string, message: string): number {
  const pos = /position (\d+)/.exec(message);
  if (pos) return Math.min(Number(pos[1]), text.length);
  let valid = 0;
  let invalid = text.length;
  if (isValidPrefix(text)) return text.length;
  while (invalid - valid > 1) {
    const mid = (valid + invalid) >>> 1;
    if (isValidPrefix(text.slice(0, mid))) valid = mid;
    else invalid = mid;
  }
  return invalid - 1;
}

/** The JsonSyntaxError for a JSON.parse failure inside an entry. */
export function entrySyntaxError(source: string, entry: RawEntry, text: string, message: string): JsonSyntaxError {
  const before = text.slice(0, errorPosition(text, message));
  const offset = entry.offset + Buffer.byteLength(before);
  const newline = before.lastIndexOf('\n');
  const line = entry.line + (before.match(/\n/g)?.length ?? 0);
  const column = newline >= 0 ? Buffer.byteLength(before.slice(newline + 1)) + 1 : offset - entry.lineStart + 1;
  const reason = message.replace(/\s*in JSON at position \d+.*$/s, '').replace(/, ".*" is not valid JSON$/s, '');
  return new JsonSyntaxError(source, offset, line, column, `invalid JSON in the entry "${entry.key}" (${reason})`);
}
