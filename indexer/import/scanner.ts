/**
 * A byte-level scanner that splits one large top-level JSON object into its members, as a
 * stream of chunks, without ever holding the whole text.
 *
 * Why not a streaming JSON library (stream-json, etc.): they tokenize every value in
 * JavaScript and were an order of magnitude too slow for a 380 MB packages.json in under
 * 30 s. This scanner only finds where each member's value starts and ends (tracking strings,
 * backslash escapes and nesting depth on raw UTF-8 bytes) and hands each member's bytes to the
 * native JSON.parse, which does the real validation. Every structural character of JSON is
 * ASCII and every byte of a multi-byte UTF-8 character is >= 0x80, so characters split across
 * chunks can never be mistaken for structure; a member's bytes are only decoded once complete.
 *
 * Shapes: `{key: value, ...}` (flat packages, options.json) and, when `channelFormat` is set,
 * the channel format `{"version": 2, "packages": {key: value, ...}}` (members other than
 * "packages" are kept in `header`).
 */
import { JsonSyntaxError } from '../errors';
import { parseEntry, type RawEntry } from './entry';

export { parseEntry, entrySyntaxError, type RawEntry, type ScannedEntry } from './entry';

/** How to scan. */
export interface ScannerOptions {
  /** File path or URL, for error messages. */
  source: string;
  /** Recognise `{"version": N, "packages": {...}}` and yield the members of "packages". */
  channelFormat: boolean;
}

// Scanner states. Numbers, not strings: the hot loop compares them per chunk.
const BEFORE_ROOT = 0;
const MEMBER_START = 1; // after `{`: a key or `}`
const AFTER_COMMA = 2; // after `,`: a key
const KEY = 3;
const COLON = 4;
const VALUE_START = 5;
const NESTED = 6; // inside an object/array value
const STRING_VALUE = 7;
const PRIMITIVE = 8; // number, true, false, null
const AFTER_VALUE = 9;
const AFTER_ROOT = 10;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const NEWLINE = 0x0a;

const isWhitespace = (b: number) => b === 0x20 || b === NEWLINE || b === 0x0d || b === 0x09;

/**
 * Whether the byte at `end` (a quote, or the next chunk's first byte when the string runs past
 * the chunk) is escaped: an odd run of backslashes right before it (counting the escape
 * carried into this chunk when the run reaches back to `start`).
 */
function endsEscaped(chunk: Buffer, start: number, end: number, carried: boolean): boolean {
  let k = end - 1;
  let backslashes = 0;
  while (k >= start && chunk[k] === BACKSLASH) {
    backslashes++;
    k--;
  }
  if (k < start && carried) backslashes++;
  return backslashes % 2 === 1;
}

/** Splits a top-level JSON object into members as chunks arrive; see the module comment. */
export class JsonEntryScanner {
  /** Root members other than "packages" in the channel format (e.g. `version`). */
  readonly header: Record<string, unknown> = {};
  /** Whether the input turned out to be in the channel format. */
  channelFormat = false;

  private state = BEFORE_ROOT;
  private mode: 'undecided' | 'flat' | 'channel' = 'undecided';
  private inContainer = false;
  private sawContainer = false;
  /** Absolute byte offset of the start of the current chunk. */
  private chunkOffset = 0;
  private line = 1;
  private lineStart = 0;
  /** Start index (in the current chunk) of the key or value being read. */
  private tokenStart = 0;
  private tokenOffset = 0;
  private tokenLine = 1;
  private tokenLineStart = 0;
  /** Bytes of the current key or value that arrived in earlier chunks. */
  private pending: Buffer[] = [];
  private depth = 0;
  private inString = false;
  private escaped = false;
  private key = '';
  private keyHasEscape = false;

  constructor(private readonly options: ScannerOptions) {}

  /** Feed the next chunk; returns the members completed within it (their bytes may share the chunk's memory). */
  push(chunk: Buffer): RawEntry[] {
    const out: RawEntry[] = [];
    const n = chunk.length;
    let i = 0;
    while (i < n) {
      switch (this.state) {
        case NESTED:
          i = this.scanNested(chunk, i, out);
          break;
        case KEY:
        case STRING_VALUE:
          i = this.scanString(chunk, i, out);
          break;
        case PRIMITIVE: {
          const b = chunk[i]!;
          if (isWhitespace(b) || b === 0x2c || b === 0x7d || b === 0x5d) {
            this.emit(chunk, i, out);
            this.state = AFTER_VALUE;
          } else i++;
          break;
        }
        default:
          i = this.structural(chunk, i);
      }
    }
    if (this.isInToken()) {
      // Keep the unfinished key/value (copied: the stream may reuse its buffers).
      this.pending.push(Buffer.from(chunk.subarray(this.tokenStart)));
      this.tokenStart = 0;
    }
    this.chunkOffset += n;
    return out;
  }

  /** Signal the end of input; throws when the JSON is incomplete. */
  end(): void {
    if (this.state === AFTER_ROOT) {
      if (this.mode === 'channel' && !this.sawContainer) {
        throw this.error(this.chunkOffset, 'channel-format JSON without a "packages" object');
      }
      return;
    }
    if (this.chunkOffset === 0) throw this.error(0, 'the input is empty');
    if (this.state === BEFORE_ROOT) throw this.error(this.chunkOffset, 'the input holds only whitespace, no JSON object');
    const where = this.key ? ` inside the entry "${this.key}"` : '';
    throw this.error(this.chunkOffset, `truncated JSON: the data ends${where}`);
  }

  private isInToken(): boolean {
    const s = this.state;
    return s === KEY || s === NESTED || s === STRING_VALUE || s === PRIMITIVE;
  }

  /** One byte of structure between members; returns the next index. */
  private structural(chunk: Buffer, i: number): number {
    const b = chunk[i]!;
    const at = this.chunkOffset + i;
    if (isWhitespace(b)) {
      if (b === NEWLINE) {
        this.line++;
        this.lineStart = at + 1;
      }
      return i + 1;
    }
    switch (this.state) {
      case BEFORE_ROOT:
        if (at === 0 && b === 0xef && chunk[i + 1] === 0xbb && chunk[i + 2] === 0xbf) return i + 3; // UTF-8 BOM
        if (b === 0x7b) {
          this.state = MEMBER_START;
          return i + 1;
        }
        throw this.error(at, b === 0x5b ? 'expected a JSON object but found an array' : 'expected a JSON object ("{")');
      case MEMBER_START:
      case AFTER_COMMA:
        if (b === QUOTE) {
          this.startToken(i);
          this.state = KEY;
          this.inString = true;
          this.keyHasEscape = false;
          return i + 1;
        }
        if (b === 0x7d && this.state === MEMBER_START) {
          this.closeObject();
          return i + 1;
        }
        throw this.error(at, this.state === AFTER_COMMA ? 'expected a member name after ","' : 'expected a member name or "}"');
      case COLON:
        if (b === 0x3a) {
          this.state = VALUE_START;
          return i + 1;
        }
        throw this.error(at, `expected ":" after "${this.key}"`);
      case VALUE_START:
        return this.startValue(i, b, at);
      case AFTER_VALUE:
        if (b === 0x2c) {
          this.state = AFTER_COMMA;
          return i + 1;
        }
        if (b === 0x7d) {
          this.closeObject();
          return i + 1;
        }
        throw this.error(at, `expected "," or "}" after the entry "${this.key}"`);
      default: // AFTER_ROOT
        throw this.error(at, 'unexpected data after the end of the top-level object');
    }
  }

  private startValue(i: number, b: number, at: number): number {
    if (!this.inContainer && this.mode === 'channel' && this.key === 'packages') {
      if (b !== 0x7b) throw this.error(at, '"packages" must be an object');
      this.inContainer = true;
      this.sawContainer = true;
      this.state = MEMBER_START;
      return i + 1;
    }
    this.startToken(i);
    if (b === 0x7b || b === 0x5b) {
      this.state = NESTED;
      this.depth = 1;
      this.inString = false;
      return i + 1;
    }
    if (b === QUOTE) {
      this.state = STRING_VALUE;
      this.inString = true;
      return i + 1;
    }
    if (b === 0x2d || (b >= 0x30 && b <= 0x39) || b === 0x74 || b === 0x66 || b === 0x6e) {
      this.state = PRIMITIVE;
      return i + 1;
    }
    throw this.error(at, `unexpected character in the value of "${this.key}"`);
  }

  private closeObject(): void {
    if (this.inContainer) {
      this.inContainer = false;
      this.key = 'packages';
      this.state = AFTER_VALUE;
    } else {
      this.state = AFTER_ROOT;
    }
  }

  private startToken(i: number): void {
    this.tokenStart = i;
    this.tokenOffset = this.chunkOffset + i;
    this.tokenLine = this.line;
    this.tokenLineStart = this.lineStart;
    this.pending.length = 0;
  }

  /**
   * Inside an object/array value: the hot loop. Only quotes, backslashes (in strings),
   * brackets and newlines matter; everything else is skipped.
   */
  private scanNested(chunk: Buffer, i: number, out: RawEntry[]): number {
    const n = chunk.length;
    let depth = this.depth;
    let inString = this.inString;
    let escaped = this.escaped;
    let newlines = 0;
    let lastNewline = -1;
    for (; i < n; i++) {
      if (inString) {
        // Strings are most of the bytes: jump to the next quote (native memchr), then decide
        // whether it is escaped by the parity of the backslashes right before it.
        const q = chunk.indexOf(QUOTE, i);
        if (q === -1) {
          escaped = endsEscaped(chunk, i, n, escaped);
          i = n;
          break;
        }
        if (!endsEscaped(chunk, i, q, escaped)) inString = false;
        escaped = false;
        i = q;
        continue;
      }
      const b = chunk[i]!;
      if (b === QUOTE) inString = true;
      else if (b === 0x7b || b === 0x5b) depth++;
      else if (b === 0x7d || b === 0x5d) {
        if (--depth === 0) {
          i++;
          break;
        }
      } else if (b === NEWLINE) {
        newlines++;
        lastNewline = i;
      }
    }
    if (newlines > 0) {
      this.line += newlines;
      this.lineStart = this.chunkOffset + lastNewline + 1;
    }
    this.depth = depth;
    this.inString = inString;
    this.escaped = escaped;
    if (depth === 0) {
      this.emit(chunk, i, out);
      this.state = AFTER_VALUE;
    }
    return i;
  }

  /** Inside a key or a string value: find the closing quote. */
  private scanString(chunk: Buffer, i: number, out: RawEntry[]): number {
    const n = chunk.length;
    let escaped = this.escaped;
    for (; i < n; i++) {
      const b = chunk[i]!;
      if (escaped) escaped = false;
      else if (b === BACKSLASH) {
        escaped = true;
        this.keyHasEscape = true;
      } else if (b === QUOTE) {
        this.escaped = false;
        this.inString = false;
        if (this.state === KEY) {
          this.finishKey(chunk, i + 1);
          this.state = COLON;
        } else {
          this.emit(chunk, i + 1, out);
          this.state = AFTER_VALUE;
        }
        return i + 1;
      }
    }
    this.escaped = escaped;
    return i;
  }

  /** The bytes of the current token, ending (exclusive) at `end` in this chunk. */
  private tokenBytes(chunk: Buffer, end: number): Buffer {
    const tail = chunk.subarray(this.tokenStart, end);
    if (this.pending.length === 0) return tail;
    const all = Buffer.concat([...this.pending, tail]);
    this.pending.length = 0;
    return all;
  }

  private finishKey(chunk: Buffer, end: number): void {
    const bytes = this.tokenBytes(chunk, end);
    // Keys without escapes (nearly all) are decoded directly; others go through JSON.parse.
    const key = this.keyHasEscape ? this.parse(bytes, 'member name') : bytes.toString('utf8', 1, bytes.length - 1);
    if (typeof key !== 'string') throw this.error(this.tokenOffset, 'invalid member name');
    this.key = key;
    if (this.mode === 'undecided') {
      this.mode = this.options.channelFormat && (key === 'version' || key === 'packages') ? 'channel' : 'flat';
      this.channelFormat = this.mode === 'channel';
    }
  }

  private emit(chunk: Buffer, end: number, out: RawEntry[]): void {
    const entry: RawEntry = {
      key: this.key,
      bytes: this.tokenBytes(chunk, end),
      offset: this.tokenOffset,
      line: this.tokenLine,
      lineStart: this.tokenLineStart,
    };
    if (this.mode === 'channel' && !this.inContainer) this.header[this.key] = parseEntry(this.options.source, entry);
    else out.push(entry);
  }

  /** JSON.parse a key with escapes; a syntax error is reported with its absolute position. */
  private parse(bytes: Buffer, what: string): unknown {
    return parseEntry(this.options.source, {
      key: what,
      bytes,
      offset: this.tokenOffset,
      line: this.tokenLine,
      lineStart: this.tokenLineStart,
    });
  }

  private error(offset: number, reason: string): JsonSyntaxError {
    return new JsonSyntaxError(this.options.source, offset, this.line, offset - this.lineStart + 1, reason);
  }
}
