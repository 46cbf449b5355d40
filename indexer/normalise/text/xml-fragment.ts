/**
 * A small, tolerant parser for the DocBook fragments found in option descriptions
 * (16.09 – 23.05). Why not an HTML parser: DocBook is XML, and HTML parsing rules break it
 * (`<link>` is a void element in HTML, `<title>` switches to raw text, `<x/>` is not
 * self-closing). Why not a strict XML parser: the fragments have no single root and are
 * sometimes not well-formed; they must still render. Rules: `<x/>` closes itself; an end tag
 * closes the nearest open element of that name (unmatched ones are ignored); elements still
 * open at the end are closed; a `<` that starts no tag is text; comments are dropped; CDATA
 * is text; the five XML entities, numeric and a few common named references are decoded.
 */

/** A parsed element. */
export interface XmlElement {
  type: 'element';
  name: string;
  attributes: Record<string, string>;
  children: XmlNode[];
}

/** Text. */
export interface XmlText {
  type: 'text';
  value: string;
}

/** A node of a parsed fragment. */
export type XmlNode = XmlElement | XmlText;

const TOKEN =
  /<!--[\s\S]*?(?:-->|$)|<!\[CDATA\[([\s\S]*?)(?:\]\]>|$)|<\/([A-Za-z_][\w:.-]*)\s*>|<([A-Za-z_][\w:.-]*)((?:\s+[A-Za-z_:][\w:.-]*\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/g;
const ATTRIBUTE = /([A-Za-z_:][\w:.-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

const NAMED: Record<string, string> = {
  lt: '<', gt: '>', amp: '&', quot: '"', apos: "'",
  nbsp: '\u00a0', ndash: '\u2013', mdash: '\u2014', hellip: '\u2026', laquo: '\u00ab', raquo: '\u00bb',
  copy: '\u00a9', reg: '\u00ae', trade: '\u2122', lsquo: '\u2018', rsquo: '\u2019', ldquo: '\u201c', rdquo: '\u201d',
};

/** Decode character references; unknown ones stay as written. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z][A-Za-z0-9]*);/g, (whole, ref: string) => {
    if (ref.startsWith('#')) {
      const code = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff)
        ? String.fromCodePoint(code)
        : whole;
    }
    return NAMED[ref] ?? whole;
  });
}

function parseAttributes(source: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const m of source.matchAll(ATTRIBUTE)) attributes[m[1]!] = decodeEntities(m[2] ?? m[3] ?? '');
  return attributes;
}

/** Parse a fragment into a list of nodes (never throws). */
export function parseXmlFragment(source: string): XmlNode[] {
  const root: XmlElement = { type: 'element', name: '#root', attributes: {}, children: [] };
  const stack: XmlElement[] = [root];
  const top = () => stack[stack.length - 1]!;
  const addText = (value: string) => {
    if (value === '') return;
    const siblings = top().children;
    const last = siblings[siblings.length - 1];
    if (last?.type === 'text') last.value += value;
    else siblings.push({ type: 'text', value });
  };
  let last = 0;
  for (const m of source.matchAll(TOKEN)) {
    addText(decodeEntities(source.slice(last, m.index)));
    last = m.index + m[0].length;
    const [whole, cdata, endName, startName, attributeSource, selfClosing] = m;
    if (whole.startsWith('<!--')) continue;
    if (cdata !== undefined) addText(cdata);
    else if (endName !== undefined) {
      const at = stack.findLastIndex((e) => e.name === endName);
      if (at > 0) stack.length = at;
    } else if (startName !== undefined) {
      const element: XmlElement = {
        type: 'element',
        name: startName,
        attributes: parseAttributes(attributeSource ?? ''),
        children: [],
      };
      top().children.push(element);
      if (selfClosing !== '/') stack.push(element);
    }
  }
  addText(decodeEntities(source.slice(last)));
  return root.children;
}

/** The text content of nodes. */
export function xmlText(nodes: XmlNode[]): string {
  return nodes.map((n) => (n.type === 'text' ? n.value : xmlText(n.children))).join('');
}
