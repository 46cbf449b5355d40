/**
 * DocBook option descriptions (NixOS 16.09 – 23.05) to an HTML tree. Each DocBook element
 * maps to the nearest plain HTML element (`<literal>` → `<code>`, `<link xlink:href>` → `<a>`,
 * lists, `<programlisting>` → `<pre><code>`, admonitions → a labelled blockquote); elements
 * outside the DocBook vocabulary are shown as text, so stray `<name>`-like words survive and
 * markup such as `<script>` is inert. The tree is sanitised afterwards (sanitize.ts).
 */
import type { Element, ElementContent, Root, Text } from 'hast';
import type { RenderContext } from './context';
import { optionNameFromAnchor } from './context';
import { parseXmlFragment, xmlText, type XmlElement, type XmlNode } from './xml-fragment';

const text = (value: string): Text => ({ type: 'text', value });
const el = (tagName: string, children: ElementContent[], properties: Element['properties'] = {}): Element => ({
  type: 'element',
  tagName,
  properties,
  children,
});

/** DocBook elements rendered as inline code. */
const CODE = new Set([
  'literal', 'filename', 'option', 'varname', 'command', 'envar', 'code', 'constant', 'function', 'parameter',
  'type', 'package', 'systemitem', 'userinput', 'computeroutput', 'prompt', 'classname', 'methodname', 'property',
  'tag', 'token', 'application', 'sgmltag', 'markup', 'errorcode', 'errorname', 'keysym',
]);
/** DocBook elements whose content is kept as is (no element of their own). */
const TRANSPARENT = new Set([
  'phrase', 'productname', 'citetitle', 'firstterm', 'glossterm', 'abbrev', 'acronym', 'wordasword', 'foreignphrase',
  'author', 'personname', 'firstname', 'surname', 'trademark', 'informalexample', 'example', 'section', 'simplesect',
  'refentrytitle', 'manvolnum', 'entry', 'org', 'orgname', 'address', 'email', 'guilabel', 'guimenu', 'guibutton',
  'interfacename',
]);
const ADMONITIONS: Record<string, string> = {
  note: 'Note',
  warning: 'Warning',
  important: 'Important',
  tip: 'Tip',
  caution: 'Caution',
};
const VERBATIM = new Set(['programlisting', 'screen', 'literallayout', 'synopsis', 'cmdsynopsis']);
const BLOCK_TAGS = new Set(['p', 'ul', 'ol', 'dl', 'pre', 'blockquote', 'table', 'hr']);

function isBlock(node: ElementContent): boolean {
  return node.type === 'element' && BLOCK_TAGS.has(node.tagName);
}

/**
 * Groups a mix of inline and block nodes into blocks: runs of inline content become
 * paragraphs, split at blank lines (authors separated paragraphs that way without `<para>`).
 */
function toBlocks(nodes: ElementContent[]): ElementContent[] {
  const blocks: ElementContent[] = [];
  let run: ElementContent[] = [];
  const flush = () => {
    const trimmed = trimRun(run);
    if (trimmed.length > 0) blocks.push(el('p', trimmed));
    run = [];
  };
  for (const node of nodes) {
    if (isBlock(node)) {
      flush();
      blocks.push(node);
    } else if (node.type === 'text' && /\n[ \t]*\n/.test(node.value)) {
      const parts = node.value.split(/\n[ \t]*\n/);
      parts.forEach((part, index) => {
        if (index > 0) flush();
        run.push(text(part));
      });
    } else run.push(node);
  }
  flush();
  return blocks;
}

/** Drop leading and trailing whitespace of an inline run; null when nothing is left. */
function trimRun(run: ElementContent[]): ElementContent[] {
  const nodes = [...run];
  while (nodes[0]?.type === 'text' && nodes[0].value.trim() === '') nodes.shift();
  while (nodes.at(-1)?.type === 'text' && (nodes.at(-1) as Text).value.trim() === '') nodes.pop();
  if (nodes[0]?.type === 'text') nodes[0] = text(nodes[0].value.trimStart());
  const end = nodes.at(-1);
  if (end?.type === 'text') nodes[nodes.length - 1] = text(end.value.trimEnd());
  return nodes;
}

class DocBookConverter {
  constructor(private readonly context: RenderContext) {}

  convertAll(nodes: XmlNode[]): ElementContent[] {
    return nodes.flatMap((n) => this.convert(n));
  }

  private codeLink(name: string, children: ElementContent[]): ElementContent {
    const code = el('code', children);
    const href = this.context.optionHref(name);
    return href ? el('a', [code], { href }) : code;
  }

  private convert(node: XmlNode): ElementContent[] {
    if (node.type === 'text') return [text(node.value)];
    const name = node.name.toLowerCase();
    const children = () => this.convertAll(node.children);
    if (name === 'option' || name === 'varname') return [this.codeLink(xmlText(node.children).trim(), children())];
    if (CODE.has(name)) return [el('code', children())];
    if (VERBATIM.has(name)) return [el('pre', [el('code', [text(xmlText(node.children).replace(/^\n/, ''))])])];
    if (name === 'para' || name === 'simpara' || name === 'formalpara') return [el('p', trimRun(children()))];
    if (name === 'itemizedlist' || name === 'simplelist') return [el('ul', this.items(node))];
    if (name === 'orderedlist') return [el('ol', this.items(node))];
    if (name === 'variablelist') return [el('dl', this.definitions(node))];
    if (name in ADMONITIONS) {
      const label = el('p', [el('strong', [text(ADMONITIONS[name]!)])]);
      return [el('blockquote', [label, ...toBlocks(children())])];
    }
    if (name === 'emphasis') {
      const role = node.attributes.role;
      return [el(role === 'bold' || role === 'strong' ? 'strong' : 'em', children())];
    }
    if (name === 'replaceable') return [el('var', children())];
    if (name === 'link' || name === 'ulink' || name === 'uri') return this.link(node);
    if (name === 'xref') return [this.xref(node)];
    if (name === 'citerefentry') {
      const title = xmlText(node.children.filter((c) => c.type === 'element' && c.name === 'refentrytitle'));
      const volume = xmlText(node.children.filter((c) => c.type === 'element' && c.name === 'manvolnum'));
      return [el('code', [text(volume ? `${title.trim()}(${volume.trim()})` : title.trim())])];
    }
    if (name === 'quote') return [text('\u201c'), ...children(), text('\u201d')];
    if (name === 'key' || name === 'keycap' || name === 'keycombo') return [el('kbd', children())];
    if (name === 'title') return [el('p', [el('strong', children())])];
    if (name === 'superscript') return [el('sup', children())];
    if (name === 'subscript') return [el('sub', children())];
    if (TRANSPARENT.has(name)) return children();
    // Not DocBook: show the tag as text (inert), keep the content.
    return [text(`<${node.name}>`), ...children()];
  }

  private items(node: XmlElement): ElementContent[] {
    return node.children
      .filter((c): c is XmlElement => c.type === 'element' && (c.name === 'listitem' || c.name === 'member'))
      .map((item) => el('li', this.listItemContent(item)));
  }

  private listItemContent(item: XmlElement): ElementContent[] {
    const content = this.convertAll(item.children);
    // A single paragraph in a list item renders tight, like Markdown lists.
    const blocks = toBlocks(content);
    const only = blocks[0];
    return blocks.length === 1 && only?.type === 'element' && only.tagName === 'p' ? only.children : blocks;
  }

  private definitions(node: XmlElement): ElementContent[] {
    const out: ElementContent[] = [];
    for (const entry of node.children) {
      if (entry.type !== 'element' || entry.name !== 'varlistentry') continue;
      for (const part of entry.children) {
        if (part.type !== 'element') continue;
        if (part.name === 'term') out.push(el('dt', this.convertAll(part.children)));
        else if (part.name === 'listitem') out.push(el('dd', this.listItemContent(part)));
      }
    }
    return out;
  }

  private link(node: XmlElement): ElementContent[] {
    const href = node.attributes['xlink:href'] ?? node.attributes.url ?? (node.name === 'uri' ? xmlText(node.children) : '');
    const label = this.convertAll(node.children);
    const target = href.trim();
    if (target.startsWith('#opt-')) {
      const option = optionNameFromAnchor(target) ?? target;
      return [this.codeLink(option, xmlText(node.children).trim() !== '' ? label : [text(option)])];
    }
    if (target === '') return label;
    return [el('a', xmlText(node.children).trim() !== '' ? label : [text(target)], { href: target })];
  }

  private xref(node: XmlElement): ElementContent {
    const linkend = node.attributes.linkend ?? '';
    const option = optionNameFromAnchor(linkend);
    if (option) return this.codeLink(option, [text(option)]);
    return text(linkend);
  }
}

/** Convert a DocBook fragment to an HTML tree (not yet sanitised). */
export function docBookToHast(source: string, context: RenderContext): Root {
  const content = new DocBookConverter(context).convertAll(parseXmlFragment(source));
  return { type: 'root', children: toBlocks(content) };
}
