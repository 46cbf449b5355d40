import { describe, expect, it } from 'vitest';
import { highlightNix } from './highlight';

describe('highlightNix', () => {
  it('marks up Nix tokens', () => {
    const html = highlightNix('{ enable = true; port = 8080; name = "x"; }');
    expect(html).toContain('<span class="hljs-literal">true</span>');
    expect(html).toContain('<span class="hljs-string">&quot;x&quot;</span>');
  });
  it('escapes markup in the source', () => {
    const html = highlightNix('"<script>alert(1)</script>" + <img onerror=x>');
    expect(html).not.toMatch(/<script|<img/);
    expect(html).toContain('&lt;script&gt;');
  });
});

describe('highlightNix at the start of the text', () => {
  it('keeps the first attribute whole', () => {
    expect(highlightNix('environment.systemPackages = [ ];')).toMatch(/^<span class="hljs-attr">environment\.systemPackages<\/span>/);
  });
});
