import type { Element, Root, RootContent } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { channelRenderContext } from './context';
import { renderDescription } from './index';
import { SANITIZE_SCHEMA } from './sanitize';

/** Every element of rendered HTML, as a browser would parse it. */
function elements(html: string): Element[] {
  const tree = unified().use(rehypeParse, { fragment: true }).parse(html) as Root;
  const out: Element[] = [];
  const walk = (nodes: RootContent[]) => {
    for (const n of nodes) {
      if (n.type === 'element') {
        out.push(n);
        walk(n.children);
      }
    }
  };
  walk(tree.children);
  return out;
}

const ctx = channelRenderContext('c');
const ATTACKS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<img src="x" onerror="alert(1)"/>',
  '<a href="javascript:alert(1)">click</a>',
  '[click](javascript:alert(1))',
  '[click](JaVaScRiPt:alert(1))',
  '<link xlink:href="javascript:alert(1)">click</link>',
  '<ulink url="javascript:alert(1)">click</ulink>',
  '<para onclick="alert(1)">text</para>',
  '<iframe src="https://evil.example"></iframe>',
  '<svg onload=alert(1)>',
  '[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '<style>body{display:none}</style>',
  '<literal><script>alert(1)</script></literal>',
  '{option}`<script>alert(1)</script>`',
];

describe('sanitising', () => {
  it.each(ATTACKS.flatMap((a) => [[a, 'markdown'], [a, 'docbook']] as const))('renders %s (%s) inert', (attack, format) => {
    const { html } = renderDescription(attack, format, ctx);
    for (const el of elements(html)) {
      expect(SANITIZE_SCHEMA.tagNames).toContain(el.tagName);
      for (const [name, value] of Object.entries(el.properties)) {
        expect(['href', 'rel', 'start', 'align']).toContain(name);
        if (name === 'href') expect(String(value)).toMatch(/^(https?:|mailto:|\/)/);
      }
    }
  });

  it('keeps the text of what it neutralises', () => {
    expect(renderDescription('<script>alert(1)</script> after', 'markdown', ctx).text).toBe('<script>alert(1)</script> after');
    expect(renderDescription('[click](javascript:alert(1))', 'markdown', ctx)).toEqual({ html: '<p>click</p>', text: 'click' });
  });
});
