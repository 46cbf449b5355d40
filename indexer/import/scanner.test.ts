import { describe, expect, it } from 'vitest';
import { JsonSyntaxError } from '../errors';
import { JsonEntryScanner, parseEntry } from './scanner';

/** Scan `text` delivered in the given chunk sizes; returns parsed entries and the header. */
function scan(text: string | Buffer, chunkSizes: number[] = [1 << 20], channelFormat = true) {
  const bytes = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
  const scanner = new JsonEntryScanner({ source: 'test.json', channelFormat });
  const entries: [string, unknown][] = [];
  let at = 0;
  let i = 0;
  while (at < bytes.length) {
    const size = Math.max(1, chunkSizes[i++ % chunkSizes.length]!);
    // Copy each chunk: the scanner must not depend on the caller's buffer layout.
    for (const e of scanner.push(Buffer.from(bytes.subarray(at, at + size)))) entries.push([e.key, parseEntry('test.json', e)]);
    at += size;
  }
  scanner.end();
  return { entries, header: scanner.header, channelFormat: scanner.channelFormat };
}

function scanError(text: string | Buffer, chunkSizes?: number[]): JsonSyntaxError {
  try {
    scan(text, chunkSizes);
  } catch (error) {
    expect(error).toBeInstanceOf(JsonSyntaxError);
    return error as JsonSyntaxError;
  }
  throw new Error('expected a JsonSyntaxError');
}

const TRICKY = {
  plain: { name: 'x-1.0', meta: { description: 'simple' } },
  'with "quotes"': { s: 'a "quoted" value with \\ backslash' },
  'back\\slash': { s: '\\', t: '\\\\', u: '\\"', v: '"\\' },
  braces: { s: '}{][,:', nested: [[[{ a: ['}'] }]]], empty: {}, list: [] },
  unicode: { s: 'é 日本語 😀 \u0000 \u001f \u2028', 'ключ': 'значение' },
  'é😀': 'a string value at the top level',
  numbers: [0, -1, 1.5e-7, 123456789012, -0.25],
  literals: [true, false, null],
  top_true: true,
  top_null: null,
  top_number: -12.5e3,
  'python312Packages.requests': { name: 'requests', meta: { longDescription: 'line\nline "two"\t\\n' } },
};

describe('JsonEntryScanner', () => {
  it('splits a flat object into its members, matching JSON.parse', () => {
    const text = JSON.stringify(TRICKY);
    const { entries, channelFormat } = scan(text);
    expect(channelFormat).toBe(false);
    expect(Object.fromEntries(entries)).toEqual(JSON.parse(text));
    expect(entries.map(([k]) => k)).toEqual(Object.keys(TRICKY));
  });

  it('gives the same entries for every split point of the input into two chunks', () => {
    const text = Buffer.from(JSON.stringify(TRICKY, null, 1), 'utf8');
    const expected = Object.entries(TRICKY);
    for (let cut = 1; cut < text.length; cut++) {
      expect(scan(text, [cut, text.length]).entries).toEqual(expected);
    }
  });

  it('works with one-byte chunks (splitting every multi-byte character and escape)', () => {
    expect(scan(JSON.stringify(TRICKY), [1]).entries).toEqual(Object.entries(TRICKY));
  });

  it('matches JSON.parse on random documents with random whitespace and chunking', () => {
    let seed = 42;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)]!;
    const alphabet = ['a', 'Z', '"', '\\', '{', '}', '[', ']', ',', ':', ' ', '\n', 'é', '😀', '\u0001', '/'];
    const randomString = () => Array.from({ length: Math.floor(rand() * 8) }, () => pick(alphabet)).join('');
    const randomValue = (depth: number): unknown => {
      const r = rand();
      if (depth > 3 || r < 0.3) return pick([randomString(), 42, -0.5, true, false, null]);
      if (r < 0.65) return Array.from({ length: Math.floor(rand() * 4) }, () => randomValue(depth + 1));
      return Object.fromEntries(Array.from({ length: Math.floor(rand() * 4) }, () => [randomString(), randomValue(depth + 1)]));
    };
    for (let round = 0; round < 300; round++) {
      const doc = Object.fromEntries(Array.from({ length: 1 + Math.floor(rand() * 6) }, (_, i) => [`${randomString()}#${i}`, randomValue(0)]));
      const text = JSON.stringify(doc, null, pick([0, 1, 2, '\t']));
      const sizes = Array.from({ length: 5 }, () => 1 + Math.floor(rand() * 20));
      expect(Object.fromEntries(scan(text, sizes).entries)).toEqual(JSON.parse(text));
    }
  });

  it('descends into "packages" of the channel format and keeps the other members as header', () => {
    const text = '{"version": 2, "packages": {"a": {"name": "a-1"}, "b.c": {"name": "c-2"}}, "extra": [1]}';
    for (const size of [1, 3, 7, 1000]) {
      const result = scan(text, [size]);
      expect(result.channelFormat).toBe(true);
      expect(result.header).toEqual({ version: 2, extra: [1] });
      expect(result.entries).toEqual([
        ['a', { name: 'a-1' }],
        ['b.c', { name: 'c-2' }],
      ]);
    }
    // "packages" first works as well; without channelFormat, members are entries.
    expect(scan('{"packages": {"x": {}}, "version": 2}').entries).toEqual([['x', {}]]);
    expect(scan('{"version": 2, "packages": {"x": {}}}', undefined, false).entries).toEqual([
      ['version', 2],
      ['packages', { x: {} }],
    ]);
  });

  it('accepts a UTF-8 byte order mark, empty objects and surrounding whitespace', () => {
    expect(scan(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(' {"a": 1}\n')])).entries).toEqual([['a', 1]]);
    expect(scan(' \n{ } \n').entries).toEqual([]);
  });

  it('reports every truncation with the file, byte offset and line', () => {
    const text = JSON.stringify(TRICKY, null, 2);
    const bytes = Buffer.from(text, 'utf8');
    for (let cut = 1; cut < bytes.length - 1; cut += 7) {
      const error = scanError(bytes.subarray(0, cut));
      expect(error.message).toMatch(/^test\.json: /);
      expect(error.message).toMatch(/at byte \d+ \(line \d+, column \d+\)$/);
      expect(error.offset).toBeLessThanOrEqual(cut);
    }
    const truncated = scanError('{\n"a": {"b": [1, 2\n');
    expect(truncated.message).toBe('test.json: truncated JSON: the data ends inside the entry "a" at byte 19 (line 3, column 1)');
  });

  it('locates invalid JSON inside an entry (offset, line, column)', () => {
    const error = scanError('{\n  "ok": {"x": 1},\n  "bad": {"x": tru}\n}');
    expect(error.line).toBe(3);
    // The parser fails at the "}" after "tru" (it expected the "e" of true).
    expect(error.offset).toBe(Buffer.byteLength('{\n  "ok": {"x": 1},\n  "bad": {"x": tru'));
    expect(error.column).toBe(19);
    expect(error.message).toMatch(/^test\.json: invalid JSON in the entry "bad" \(.+\) at byte 38 \(line 3, column 19\)$/);
    // Byte offsets count UTF-8 bytes, not characters.
    const multibyte = scanError('{"é": {"s": "日本", "t": x}}');
    expect(multibyte.offset).toBe(Buffer.byteLength('{"é": {"s": "日本", "t": '));
  });

  it('reports structural errors between entries', () => {
    expect(scanError('{"a": 1,}').message).toBe('test.json: expected a member name after "," at byte 8 (line 1, column 9)');
    expect(scanError('{"a" 1}').message).toBe('test.json: expected ":" after "a" at byte 5 (line 1, column 6)');
    expect(scanError('{"a": 1 "b": 2}').message).toBe('test.json: expected "," or "}" after the entry "a" at byte 8 (line 1, column 9)');
    expect(scanError('{"a": 1} x').message).toBe('test.json: unexpected data after the end of the top-level object at byte 9 (line 1, column 10)');
    expect(scanError('[1, 2]').message).toBe('test.json: expected a JSON object but found an array at byte 0 (line 1, column 1)');
    expect(scanError('hello').message).toBe('test.json: expected a JSON object ("{") at byte 0 (line 1, column 1)');
    expect(scanError('{"a": @}').message).toMatch(/unexpected character in the value of "a" at byte 6/);
    expect(scanError('{"version": 2, "packages": [1]}').message).toMatch(/"packages" must be an object/);
    expect(scanError('{"version": 2}').message).toMatch(/without a "packages" object/);
  });

  it('reports empty and whitespace-only input', () => {
    expect(scanError('').message).toBe('test.json: the input is empty at byte 0 (line 1, column 1)');
    expect(scanError('  \n ').message).toMatch(/only whitespace/);
  });

  it('rejects raw control characters in strings (JSON.parse validates each entry)', () => {
    expect(scanError('{"a": "line\nbreak"}').message).toMatch(/invalid JSON in the entry "a"/);
  });
});
