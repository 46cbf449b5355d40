import { readFileSync } from 'node:fs';
import { brotliDecompressSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { channelRenderContext } from './context';
import { markdownToHast } from './markdown';
import { isSimpleMarkdown, simpleMarkdownToHast } from './plain';
import { finishRendering } from './sanitize';

const ctx = channelRenderContext('nixos-24.11');
const read = (file: string) => JSON.parse(brotliDecompressSync(readFileSync(`/work/shared/data/${file}`)).toString());

describe('plain-text fast path', () => {
  it('accepts plain text and inline code (with roles), nothing else', () => {
    for (const s of ['Just words.\nMore words, (and) "quotes".\n\nNew paragraph.', 'Use `texlive.withPackages (ps: [ ps.a ])`.', 'Set {option}`a.b` and `<x> *y*`.']) {
      expect(isSimpleMarkdown(s), s).toBe(true);
    }
    for (const s of ['a *b*', 'a_b_', '- item', '1. item', '    code', '# h', 'a <b>', 'see http://x.org', 'www.x.org', 'a@b.org', 'x  \ny', 'A\n===', 'A\n---', 'a & b', '> q', '``a``', '`a\nb`', 'odd ` tick', '{x} y']) {
      expect(isSimpleMarkdown(s), s).toBe(false);
    }
  });

  it('renders code spans as CommonMark does, option roles as links', () => {
    const render = (s: string) => finishRendering(simpleMarkdownToHast(s, ctx));
    expect(render('a ` b ` c `  ` {option}`x.y`')).toEqual(finishRendering(markdownToHast('a ` b ` c `  ` {option}`x.y`', ctx)));
    expect(render('{option}`x.y`').html).toBe('<p><a href="/options/nixos-24.11/x.y"><code>x.y</code></a></p>');
  });

  it('renders every real Markdown description it accepts exactly as the full Markdown pipeline does', () => {
    type Packages = Record<string, { meta?: { longDescription?: unknown } }>;
    type Options = Record<string, { description?: unknown }>;
    const all = [
      ...Object.values(read('nixos-24.11/packages.json.br').packages as Packages).map((p) => p.meta?.longDescription),
      ...Object.values(read('nixos-20.09/packages.json.br') as Packages).map((p) => p.meta?.longDescription),
      ...Object.values(read('nixos-24.11/options.json.br') as Options).map((o) => o.description),
      ...Object.values(read('extra/nixos-unstable-2025-options.json.br') as Options).map((o) => o.description),
      ...Object.values(JSON.parse(readFileSync('/work/shared/data/extra/home-manager-options.json', 'utf8')) as Options).map((o) => o.description),
    ].filter((t): t is string => typeof t === 'string');
    const accepted = [...new Set(all)].filter(isSimpleMarkdown);
    expect(accepted.length / new Set(all).size).toBeGreaterThan(0.6);
    // Every n-th text, to keep the test to a few seconds (remark is the slow side).
    const stride = Math.ceil(accepted.length / 6000);
    const texts = accepted.filter((_, i) => i % stride === 0);
    let checked = 0;
    for (const text of texts) {
      expect(finishRendering(simpleMarkdownToHast(text, ctx)), text).toEqual(finishRendering(markdownToHast(text, ctx)));
      checked++;
    }
    expect(checked).toBe(texts.length);
  });
});
