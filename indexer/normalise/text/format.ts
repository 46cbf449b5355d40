/**
 * Which markup a description is written in. NixOS option descriptions were DocBook up to
 * 23.05 and Markdown since (Home Manager: Markdown); during the transition, and as leftovers
 * later, single descriptions of the other kind appear (24.11 still has ~20 DocBook ones).
 * Rule: a description with unmistakable DocBook markup outside code spans is DocBook; any
 * other description follows the input's era, decided from a sample of its first entries.
 */

/** Markup of a description. */
export type TextFormat = 'docbook' | 'markdown';

// Closing tags of DocBook elements, or opening tags that only DocBook uses in descriptions.
const DOCBOOK_MARKUP =
  /<\/(?:literal|option|filename|command|varname|replaceable|link|ulink|xref|para|itemizedlist|orderedlist|listitem|programlisting|emphasis|citerefentry|note|warning|screen|envar|code|term|package|refentrytitle)>|<(?:para|citerefentry|literal|option|filename|command|varname|itemizedlist|programlisting)[\s>]|<(?:xref\s+linkend|link\s+xlink:href|ulink\s+url)\s*=/;
const CODE_SPANS = /``[^`]*``|`[^`\n]*`/g;
// Markdown-only constructs: NixOS roles, links, option anchors, admonitions, fenced code.
const MARKDOWN_MARKUP = /\{(?:option|command|env|file|var|manpage)\}`|\]\((?:https?:|#)|^:::|^```|`[^`\n]+`/m;

/** Whether a description contains DocBook markup (outside Markdown code spans). */
export function hasDocBookMarkup(text: string): boolean {
  return text.includes('<') && DOCBOOK_MARKUP.test(text.replace(CODE_SPANS, ''));
}

/** Whether a description contains Markdown-only markup. */
export function hasMarkdownMarkup(text: string): boolean {
  return MARKDOWN_MARKUP.test(text);
}

/** The era's markup from sample descriptions: DocBook when DocBook markup is the more frequent. */
export function detectEraFormat(samples: Iterable<string>): TextFormat {
  let docbook = 0;
  let markdown = 0;
  for (const s of samples) {
    if (hasDocBookMarkup(s)) docbook++;
    else if (hasMarkdownMarkup(s)) markdown++;
  }
  return docbook > markdown ? 'docbook' : 'markdown';
}

/** The markup of one description given its era's default. */
export function formatOf(text: string, eraDefault: TextFormat): TextFormat {
  return hasDocBookMarkup(text) ? 'docbook' : eraDefault;
}
