import { readFileSync } from 'node:fs';
import { brotliDecompressSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { channelRenderContext } from './context';
import { renderMarkdown } from './index';
import { markdownToHast, needsGfm, rewriteAdmonitions } from './markdown';
import { isSimpleMarkdown } from './plain';
import { finishRendering } from './sanitize';

const ctx = channelRenderContext('nixos-24.11');
const html = (s: string) => renderMarkdown(s, ctx).html;

describe('Markdown descriptions', () => {
  it('renders CommonMark and GFM', () => {
    expect(html('Some *emphasis*, **strong**, `code` and [a link](https://example.org).')).toBe(
      '<p>Some <em>emphasis</em>, <strong>strong</strong>, <code>code</code> and <a href="https://example.org" rel="nofollow noopener">a link</a>.</p>',
    );
    expect(html('- one\n- two\n\n```nix\n{ a = 1; }\n```')).toBe('<ul>\n<li>one</li>\n<li>two</li>\n</ul>\n<pre><code>{ a = 1; }\n</code></pre>');
    expect(html('| a | b |\n|---|:-:|\n| 1 | 2 |')).toContain('<td align="center">2</td>');
    expect(html('~~old~~ www.example.org')).toBe('<p><del>old</del> <a href="http://www.example.org" rel="nofollow noopener">www.example.org</a></p>');
  });

  it('turns NixOS roles into inline code, option roles into option links', () => {
    expect(html('Set {option}`services.nginx.enable`, run {command}`nixos-rebuild switch`, see {manpage}`nix.conf(5)`, {env}`HOME`, {file}`/etc/x`, {var}`v`.')).toBe(
      '<p>Set <a href="/options/nixos-24.11/services.nginx.enable"><code>services.nginx.enable</code></a>, run <code>nixos-rebuild switch</code>, ' +
        'see <code>nix.conf(5)</code>, <code>HOME</code>, <code>/etc/x</code>, <code>v</code>.</p>',
    );
    expect(renderMarkdown('Set {option}`services.nginx.enable`.', ctx).text).toBe('Set services.nginx.enable.');
  });

  it('resolves links to option anchors, drops other manual anchors', () => {
    expect(html('See [](#opt-networking.interfaces._name_.tempAddress) and [this](#sec-foo).')).toBe(
      '<p>See <a href="/options/nixos-24.11/networking.interfaces.%3Cname%3E.tempAddress"><code>networking.interfaces.&#x3C;name>.tempAddress</code></a> and this.</p>',
    );
  });

  it('renders admonitions as labelled blockquotes (not inside code fences)', () => {
    expect(html('Text.\n\n::: {.warning}\nDanger *here*.\n:::\n')).toBe(
      '<p>Text.</p>\n<blockquote>\n<p><strong>Warning</strong></p>\n<p>Danger <em>here</em>.</p>\n</blockquote>',
    );
    expect(rewriteAdmonitions('```\n::: {.note}\n```')).toBe('```\n::: {.note}\n```');
    expect(rewriteAdmonitions('::: {.note}\n::: {.tip}\nx\n:::\n:::')).toBe('> **Note**\n>\n> > **Tip**\n> >\n> > x\n\n');
  });

  it('shows raw HTML as text, images as links, headings as bold paragraphs', () => {
    expect(html('a <b>bold</b> claim')).toBe('<p>a &#x3C;b>bold&#x3C;/b> claim</p>');
    expect(html('<div>\nblock\n</div>')).toBe('<p>&#x3C;div>\nblock\n&#x3C;/div></p>');
    expect(html('![logo](https://example.org/x.png)')).toBe('<p><a href="https://example.org/x.png" rel="nofollow noopener">logo</a></p>');
    expect(html('# Title\ntext')).toBe('<p><strong>Title</strong></p>\n<p>text</p>');
  });

  it('gives plain text for search', () => {
    expect(renderMarkdown('A *b* `c`\n\n- d\n- e', ctx).text).toBe('A b c\n\nd\ne');
  });

  it('parses texts without GFM triggers the same with plain CommonMark (real 24.11 option descriptions)', () => {
    const read = (file: string) => JSON.parse(brotliDecompressSync(readFileSync(`/work/shared/data/${file}`)).toString());
    const texts = Object.values(read('nixos-24.11/options.json.br') as Record<string, { description?: unknown }>)
      .map((o) => o.description)
      .filter((t): t is string => typeof t === 'string' && !isSimpleMarkdown(t) && !needsGfm(t));
    expect(texts.length).toBeGreaterThan(1000);
    for (const text of texts) {
      expect(finishRendering(markdownToHast(text, ctx, false)), text).toEqual(finishRendering(markdownToHast(text, ctx, true)));
    }
    expect(needsGfm('see https://x.org')).toBe(true);
    expect(needsGfm('| a | b |')).toBe(true);
    expect(needsGfm('- [x] done')).toBe(true);
    expect(needsGfm('*just* emphasis')).toBe(false);
  });
});
