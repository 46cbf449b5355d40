/**
 * A small printer from JSON values to Nix syntax, for option defaults and examples that
 * options.json carries as plain JSON (`{"a": [1, "x"]}` → `{ a = [ 1 "x" ]; }`). Short
 * values stay on one line; longer ones break one element per line, indented by two spaces.
 * Limits: JSON cannot tell `1.0` from `1`, so whole floats print as integers.
 */
import { asLiteral, type RawLiteral } from './raw';

const KEYWORDS = new Set(['if', 'then', 'else', 'assert', 'with', 'let', 'in', 'rec', 'inherit', 'or']);
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_'-]*$/;
/** Lines longer than this break into one element per line. */
const MAX_INLINE = 60;

/** A Nix string literal (`"…"`), escaped. */
export function nixString(s: string): string {
  return `"${s.replace(/[\\"\n\r\t]|\$\{/g, (c) => ESCAPES[c] ?? c)}"`;
}
const ESCAPES: Record<string, string> = { '\\': '\\\\', '"': '\\"', '\n': '\\n', '\r': '\\r', '\t': '\\t', '${': '\\${' };

/** An attribute name: bare when it is an identifier, quoted otherwise. */
export function nixAttrName(name: string): string {
  return IDENTIFIER.test(name) && !KEYWORDS.has(name) ? name : nixString(name);
}

function nixNumber(n: number): string {
  if (!Number.isFinite(n)) return 'null';
  const s = String(n);
  // Nix floats need a dot before an exponent (1e-7 is not Nix; 1.0e-7 is).
  return /e/i.test(s) && !s.includes('.') ? s.replace(/e/i, '.0e') : s;
}

/** A multi-line string as an indented string (`''…''`) when that keeps it exact. */
function indentedString(s: string, indent: string): string | null {
  if (!s.includes('\n') || s.includes('\r')) return null;
  const lines = s.split('\n');
  const trailingNewline = lines[lines.length - 1] === '';
  if (trailingNewline) lines.pop();
  // Nix strips the common indentation; only safe when some line starts at column 0.
  if (!lines.some((l) => l.trim() !== '' && !/^[ \t]/.test(l))) return null;
  const inner = indent + '  ';
  const body = lines.map((l) => (l === '' ? '' : inner + l.replace(/''/g, "'''").replace(/\$\{/g, "''${")));
  return trailingNewline ? `''\n${body.join('\n')}\n${indent}''` : `''\n${body.join('\n')}''`;
}

/** A literal that is already Nix text (other `_type`s, e.g. literalMD, are not Nix). */
const isLiteral = (v: unknown): v is RawLiteral => {
  const literal = asLiteral(v);
  return literal !== null && (literal._type === 'literalExpression' || literal._type === 'literalExample');
};

function print(value: unknown, indent: string): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') return nixNumber(value);
  if (typeof value === 'string') return indentedString(value, indent) ?? nixString(value);
  if (Array.isArray(value)) return printList(value, indent);
  if (isLiteral(value)) return value.text; // already Nix text (nested literalExpression)
  if (typeof value === 'object') return printAttrs(value as Record<string, unknown>, indent);
  return 'null';
}

function printList(items: unknown[], indent: string): string {
  if (items.length === 0) return '[ ]';
  const inner = indent + '  ';
  // Negative numbers and function applications are not list elements without parentheses.
  const parts = items.map((v) => {
    const s = print(v, inner);
    return (typeof v === 'number' && v < 0) || (isLiteral(v) && /\s/.test(v.text.trim())) ? `(${s.trim()})` : s;
  });
  const inline = `[ ${parts.join(' ')} ]`;
  if (!inline.includes('\n') && inline.length + indent.length <= MAX_INLINE) return inline;
  return `[\n${parts.map((p) => inner + p).join('\n')}\n${indent}]`;
}

function printAttrs(attrs: Record<string, unknown>, indent: string): string {
  const names = Object.keys(attrs);
  if (names.length === 0) return '{ }';
  const inner = indent + '  ';
  const parts = names.map((n) => `${nixAttrName(n)} = ${print(attrs[n], inner)};`);
  const inline = `{ ${parts.join(' ')} }`;
  if (!inline.includes('\n') && inline.length + indent.length <= MAX_INLINE) return inline;
  return `{\n${parts.map((p) => inner + p).join('\n')}\n${indent}}`;
}

/** Print a JSON value as Nix text. */
export function toNixText(value: unknown): string {
  return print(value, '');
}
