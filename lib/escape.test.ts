import { describe, expect, it } from 'vitest';
import { escapeMarkup } from './escape';

describe('escapeMarkup', () => {
  it('escapes the five markup characters, & first so nothing is escaped twice', () => {
    expect(escapeMarkup(`a&b<c>"d'`)).toBe('a&amp;b&lt;c&gt;&quot;d&#39;');
    expect(escapeMarkup('&lt;')).toBe('&amp;lt;');
  });

  it('leaves other text, including non-ASCII, as it is', () => {
    expect(escapeMarkup('pkgs.python3 — ünïcode ✓ {x = 1;}')).toBe('pkgs.python3 — ünïcode ✓ {x = 1;}');
    expect(escapeMarkup('')).toBe('');
  });
});
