import { describe, expect, it } from 'vitest';
import { githubProfileUrl, safeHttpUrl } from './safe-url';

describe('safe URLs', () => {
  it('keeps http(s) links only', () => {
    expect(safeHttpUrl('https://github.com/BurntSushi/ripgrep')).toBe('https://github.com/BurntSushi/ripgrep');
    expect(safeHttpUrl(' http://example.org ')).toBe('http://example.org/');
    for (const bad of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' javascript:alert(1)', 'data:text/html,x', 'vbscript:x', '/relative', '', null]) {
      expect(safeHttpUrl(bad)).toBeNull();
    }
  });
  it('links GitHub handles that are valid logins', () => {
    expect(githubProfileUrl('fabaff')).toBe('https://github.com/fabaff');
    expect(githubProfileUrl('a/../../x')).toBeNull();
    expect(githubProfileUrl(null)).toBeNull();
  });
});
