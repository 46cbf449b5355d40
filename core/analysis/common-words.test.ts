import { describe, expect, it } from 'vitest';
import { COMMON_WORDS } from '../ranking';
import { CommonWordCounter } from './common-words';

describe('CommonWordCounter', () => {
  it('keeps tokens in more than the share of documents and the minimum count, once per document', () => {
    const c = new CommonWordCounter();
    const n = Math.ceil(COMMON_WORDS.minDocuments / COMMON_WORDS.share) * 2;
    const above = Math.floor(COMMON_WORDS.share * n) + 1;
    for (let i = 0; i < n; i++) {
      const tokens = [`unique${i}`];
      if (i < above) tokens.push('tool', 'tool');
      if (i < above - 1) tokens.push('backup');
      c.add(tokens);
    }
    expect(c.build()).toEqual(['tool']);
  });

  it('finds nothing common in a small channel', () => {
    const c = new CommonWordCounter();
    for (let i = 0; i < COMMON_WORDS.minDocuments; i++) c.add(['tool']);
    expect(c.build()).toEqual([]);
  });
});
