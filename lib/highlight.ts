/**
 * Nix syntax highlighting on the server (highlight.js core with only the Nix grammar, so no
 * highlighting code ships to the browser). highlight.js escapes the source text; its output
 * holds only `<span class="hljs-…">` wrappers.
 */
import hljs from 'highlight.js/lib/core';
import nix from 'highlight.js/lib/languages/nix';
import { escapeMarkup } from './escape';

hljs.registerLanguage('nix', nix);

/** Longest text highlighted; longer values are shown escaped but plain. */
const MAX_HIGHLIGHT = 20_000;

/** Highlighted HTML of Nix source text. */
export function highlightNix(code: string): string {
  if (code.length > MAX_HIGHLIGHT) return escapeMarkup(code);
  // The grammar's attribute rule swallows the first character of the text (its
  // `beforeMatch: /(^|\{|;)\s*/`); a leading newline gives it something harmless to eat.
  const html = hljs.highlight(`\n${code}`, { language: 'nix', ignoreIllegals: true }).value;
  return html.startsWith('\n') ? html.slice(1) : html;
}
