/**
 * The last step of every description rendering: a strict allow-list sanitiser
 * (rehype-sanitize) over the HTML tree, then serialisation to HTML and to plain text.
 * Whatever the DocBook and Markdown converters produce, only the elements and attributes
 * listed here reach a page; `href` keeps only http(s), mailto and site-relative links,
 * so `javascript:` links lose their target.
 */
import type { Element, Root, RootContent } from 'hast';
import { toText } from 'hast-util-to-text';
import rehypeSanitize, { type Options as SanitizeSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import type { RenderedText } from '@/core/documents/types';

/** The allow-list; documented in docs/schema.md ("Rendered text"). */
export const SANITIZE_SCHEMA: SanitizeSchema = {
  tagNames: [
    'p', 'br', 'hr', 'a', 'code', 'pre', 'em', 'strong', 'del', 'kbd', 'var', 'sup', 'sub',
    'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'blockquote',
    'table', 'thead', 'tbody', 'tr', 'th', 'td',
  ],
  attributes: {
    a: ['href'],
    ol: ['start'],
    th: ['align'],
    td: ['align'],
  },
  protocols: { href: ['http', 'https', 'mailto'] },
  ancestors: { tbody: ['table'], thead: ['table'], tr: ['table'], th: ['table'], td: ['table'] },
  // Elements removed with their content; any other unknown element is unwrapped (its text kept).
  strip: ['script', 'style', 'template', 'noscript', 'iframe', 'object', 'embed', 'svg', 'math'],
  allowComments: false,
  allowDoctypes: false,
  clobberPrefix: '',
};

const sanitizer = unified().use(rehypeSanitize, SANITIZE_SCHEMA);
const stringifier = unified().use(rehypeStringify);

/**
 * Links from data are untrusted: ask browsers and crawlers not to vouch for them. Links whose
 * target the sanitiser removed (e.g. `javascript:`) are unwrapped to their text.
 */
function markLinks(nodes: RootContent[]): RootContent[] {
  return nodes.flatMap((node): RootContent[] => {
    if (node.type !== 'element') return [node];
    const el: Element = node;
    el.children = markLinks(el.children) as Element['children'];
    if (el.tagName !== 'a') return [el];
    const href = el.properties.href;
    if (typeof href !== 'string' || href === '') return el.children;
    if (/^(https?|mailto):/i.test(href)) el.properties.rel = ['nofollow', 'noopener'];
    return [el];
  });
}

/** Sanitise a tree and serialise it as HTML and plain text. */
export function finishRendering(tree: Root): RenderedText {
  const clean = sanitizer.runSync(tree);
  clean.children = markLinks(clean.children);
  const html = stringifier.stringify(clean).trim();
  const text = toText(clean, { whitespace: 'normal' })
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return { html, text };
}

/** An empty rendering (absent description). */
export const EMPTY_TEXT: RenderedText = { html: '', text: '' };
