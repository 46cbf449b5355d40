/**
 * Markdown descriptions (NixOS 23.05+, Home Manager, package long descriptions) to an HTML
 * tree: CommonMark + GFM (remark) with the NixOS manual's extensions:
 * - roles `` {option}`x` `` (linked to the option page, see context.ts), `` {command}`x` ``,
 *   `` {env}`x` ``, `` {file}`x` ``, `` {var}`x` ``, `` {manpage}`x(1)` `` → inline code;
 * - `[](#opt-services.foo)` (an empty link to an option anchor) → the option name, linked;
 * - admonitions `::: {.note}` … `:::` → a labelled blockquote.
 * Raw HTML in the data is shown as text (as the NixOS manual's renderer does, html disabled),
 * images become plain links (nothing is loaded from elsewhere), and headings become bold
 * paragraphs (a description never adds to the page outline).
 */
import type { Root as HastRoot } from 'hast';
import type { Link, Paragraph, PhrasingContent, Root, RootContent, Text } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import type { RenderContext } from './context';
import { optionNameFromAnchor } from './context';

const ADMONITION_LABELS: Record<string, string> = {
  note: 'Note',
  warning: 'Warning',
  important: 'Important',
  tip: 'Tip',
  caution: 'Caution',
  example: 'Example',
};

/** Rewrite `::: {.kind}` … `:::` blocks as blockquotes that start with a bold label. */
export function rewriteAdmonitions(source: string): string {
  if (!source.includes(':::')) return source;
  const out: string[] = [];
  let depth = 0;
  let fence: string | null = null;
  for (const line of source.split('\n')) {
    const prefix = '> '.repeat(depth);
    const fenceMatch = /^\s*(`{3,}|~{3,})/.exec(line);
    if (fence !== null) {
      if (fenceMatch && fenceMatch[1]!.startsWith(fence)) fence = null;
      out.push(prefix + line);
      continue;
    }
    if (fenceMatch) {
      fence = fenceMatch[1]!;
      out.push(prefix + line);
      continue;
    }
    const open = /^\s*:::+\s*\{\.([\w-]+)[^}]*\}\s*$/.exec(line);
    if (open) {
      const kind = open[1]!;
      const label = ADMONITION_LABELS[kind] ?? kind.charAt(0).toUpperCase() + kind.slice(1);
      out.push(`${prefix}> **${label}**`, `${prefix}>`);
      depth++;
      continue;
    }
    if (depth > 0 && /^\s*:::+\s*$/.test(line)) {
      depth--;
      out.push('');
      continue;
    }
    out.push(prefix + line);
  }
  return out.join('\n');
}

type Parent = { children: RootContent[] };

function isParent(node: RootContent | Root): node is RootContent & Parent {
  return 'children' in node && Array.isArray(node.children);
}

/** Apply the NixOS extensions and the safety rules of the module comment, in place. */
function transform(parent: Parent, context: RenderContext): void {
  const children = parent.children;
  for (let i = 0; i < children.length; i++) {
    const node = children[i]!;
    if (node.type === 'html') {
      // Raw HTML is shown as written (never interpreted).
      const value: Text = { type: 'text', value: node.value };
      children[i] = parentIsBlockContainer(parent) ? ({ type: 'paragraph', children: [value] } as Paragraph) : value;
      continue;
    }
    if (node.type === 'image') {
      const label: PhrasingContent = { type: 'text', value: node.alt || node.url };
      children[i] = { type: 'link', url: node.url, children: [label] } as Link;
      continue;
    }
    if (node.type === 'heading') {
      children[i] = { type: 'paragraph', children: [{ type: 'strong', children: node.children }] } as Paragraph;
      transform(children[i] as Parent, context);
      continue;
    }
    if (node.type === 'link') {
      const replaced = rewriteLink(node, context);
      if (replaced.length !== 1 || replaced[0] !== node) {
        children.splice(i, 1, ...replaced);
        i += replaced.length - 1;
        continue;
      }
    }
    if (node.type === 'inlineCode' && i > 0) {
      const before = children[i - 1];
      const role = before?.type === 'text' ? /\{([a-z]+)\}$/.exec(before.value) : null;
      if (before?.type === 'text' && role) {
        before.value = before.value.slice(0, -role[0].length);
        const href = role[1] === 'option' ? context.optionHref(node.value) : null;
        if (href) children[i] = { type: 'link', url: href, children: [node] } as Link;
        continue;
      }
    }
    if (isParent(node)) transform(node, context);
  }
}

function parentIsBlockContainer(parent: Parent): boolean {
  const type = (parent as { type?: string }).type;
  return type === undefined || type === 'root' || type === 'blockquote' || type === 'listItem';
}

/** Links to manual anchors: option anchors become option links, other anchors plain text. */
function rewriteLink(node: Link, context: RenderContext): RootContent[] {
  if (node.url.startsWith('#')) {
    const option = optionNameFromAnchor(node.url);
    const label: PhrasingContent[] =
      node.children.length > 0 ? node.children : [{ type: 'inlineCode', value: option ?? node.url.slice(1) }];
    const href = option ? context.optionHref(option) : null;
    return href ? [{ type: 'link', url: href, children: label }] : label;
  }
  if (node.children.length === 0) return [{ ...node, children: [{ type: 'text', value: node.url }] }];
  return [node];
}

const gfmParser = unified().use(remarkParse).use(remarkGfm);
const commonMarkParser = unified().use(remarkParse);
const toHast = unified().use(remarkRehype);

/**
 * GFM only adds constructs that need one of these (autolink literals, tables, strikethrough,
 * footnotes, task lists); without them plain CommonMark gives the same tree about 30 % faster.
 * `markdown.test.ts` checks the equality on real descriptions.
 */
const GFM_TRIGGER = /:\/\/|www\.|@|\||~|\[\^|\[[ xX]\]/i;

/** Whether a text needs the GFM extensions to parse as GFM. */
export function needsGfm(source: string): boolean {
  return GFM_TRIGGER.test(source);
}

/** Convert Markdown to an HTML tree (not yet sanitised); `gfm` forces the choice of parser. */
export function markdownToHast(source: string, context: RenderContext, gfm = needsGfm(source)): HastRoot {
  const parser = gfm ? gfmParser : commonMarkParser;
  const mdast = parser.runSync(parser.parse(rewriteAdmonitions(source))) as Root;
  transform(mdast as Parent, context);
  return toHast.runSync(mdast) as HastRoot;
}
