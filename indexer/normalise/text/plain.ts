/**
 * Fast path for descriptions whose only Markdown is inline code (with an optional NixOS
 * role, `` {option}`x` ``) or none at all: 86 % of the real Markdown-era descriptions
 * (texlive's 4,400 templated long descriptions, most short option texts). It builds the same
 * tree remark would, without running the Markdown parser, which is the most expensive step of
 * indexing. `plain.test.ts` checks on thousands of real descriptions of every Markdown era that
 * take this path that the result equals the full Markdown rendering; the rest goes through remark.
 */
import type { ElementContent, Root } from 'hast';
import type { RenderContext } from './context';

// Anything outside code spans that could start Markdown or GFM syntax, an entity, raw HTML or an autolink.
const SPECIAL = /[`*_[\]<>&#|~!\\{}\t@]|:\/\/|www\.|\r/;
// Line-level syntax: list items, thematic breaks and setext underlines, indented code, hard breaks.
const LINE_SYNTAX = /^[ ]*(?:[-+=]|\d{1,9}[.)])(?:[ ]|$)|^[ ]*(?:-{2,}|={2,})[ ]*$|^ {4}| {2,}$/m;
// A single-backtick code span on one line, with an optional role before it.
const CODE_SPAN = /(?:\{([a-z]+)\})?`([^`\n]+)`/g;

/** Whether the text renders the same through the fast path as through remark. */
export function isSimpleMarkdown(source: string): boolean {
  if (LINE_SYNTAX.test(source)) return false;
  if (!source.includes('`')) return !SPECIAL.test(source);
  // Runs of several backticks follow other matching rules: leave them to remark.
  if (source.includes('``')) return false;
  return !SPECIAL.test(source.replace(CODE_SPAN, ''));
}

/** CommonMark: one space is stripped from both ends of code when both are spaces (and not all is). */
function codeContent(raw: string): string {
  return raw.length >= 2 && raw.startsWith(' ') && raw.endsWith(' ') && raw.trim() !== '' ? raw.slice(1, -1) : raw;
}

function inline(paragraph: string, context: RenderContext): ElementContent[] {
  const out: ElementContent[] = [];
  let last = 0;
  for (const m of paragraph.matchAll(CODE_SPAN)) {
    if (m.index > last) out.push({ type: 'text', value: paragraph.slice(last, m.index) });
    last = m.index + m[0].length;
    const value = codeContent(m[2]!);
    const code: ElementContent = { type: 'element', tagName: 'code', properties: {}, children: [{ type: 'text', value }] };
    const href = m[1] === 'option' ? context.optionHref(value) : null;
    out.push(href ? { type: 'element', tagName: 'a', properties: { href }, children: [code] } : code);
  }
  if (last < paragraph.length) out.push({ type: 'text', value: paragraph.slice(last) });
  return out;
}

/** Paragraphs split at blank lines, lines trimmed, code spans as `<code>`; as CommonMark does. */
export function simpleMarkdownToHast(source: string, context: RenderContext): Root {
  const paragraphs = source
    .split(/\n[ ]*(?:\n[ ]*)+/)
    .map((p) =>
      p
        .split('\n')
        .map((line) => line.trim())
        .join('\n')
        .trim(),
    )
    .filter((p) => p !== '');
  const children: Root['children'] = [];
  paragraphs.forEach((p, index) => {
    if (index > 0) children.push({ type: 'text', value: '\n' });
    children.push({ type: 'element', tagName: 'p', properties: {}, children: inline(p, context) });
  });
  return { type: 'root', children };
}
