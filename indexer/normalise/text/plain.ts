/**
 * Fast path for descriptions that contain no Markdown syntax at all (about 60 % of real
 * ones): build the same paragraphs remark would, without running the Markdown parser, which
 * is the most expensive step of indexing. `plain.test.ts` checks, over every real 24.11
 * description that takes this path, that the result equals the full Markdown rendering.
 */
import type { Root } from 'hast';

// Anything that could start Markdown or GFM syntax, an entity, raw HTML or an autolink.
const SPECIAL = /[`*_[\]<>&#|~!\\{}\t@]|:\/\/|www\.|\r/;
// Line-level syntax: list items, thematic breaks and setext underlines, indented code, hard breaks.
const LINE_SYNTAX = /^[ ]*(?:[-+=]|\d{1,9}[.)])(?:[ ]|$)|^[ ]*(?:-{2,}|={2,})[ ]*$|^ {4}| {2,}$/m;

/** Whether the text renders the same as plain paragraphs. */
export function isPlainText(source: string): boolean {
  return !SPECIAL.test(source) && !LINE_SYNTAX.test(source);
}

/** Paragraphs split at blank lines; lines trimmed, as CommonMark does. */
export function plainTextToHast(source: string): Root {
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
    children.push({ type: 'element', tagName: 'p', properties: {}, children: [{ type: 'text', value: p }] });
  });
  return { type: 'root', children };
}
