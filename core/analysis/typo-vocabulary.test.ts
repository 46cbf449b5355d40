import { describe, expect, it } from 'vitest';
import { TypoVocabulary } from './typo-vocabulary';

describe('TypoVocabulary', () => {
  const v = new TypoVocabulary(['ripgrep', 'ripgrap', 'ripgre', 'grep', 'firefox', 'firefxo', 'ripgrep']);

  it('finds the tokens within the edit distance, transpositions counting as one edit', () => {
    expect(v.within('ripgrep', 0)).toEqual(['ripgrep']);
    expect(v.within('ripgrep', 1).sort()).toEqual(['ripgrap', 'ripgre', 'ripgrep']);
    expect(v.within('firefox', 1).sort()).toEqual(['firefox', 'firefxo']);
    expect(v.within('rpigrep', 1)).toEqual(['ripgrep']);
  });

  it('finds nothing beyond the distance, and duplicates in the input count once', () => {
    expect(v.within('grpe', 1)).toEqual(['grep']);
    expect(v.within('gerp', 0)).toEqual([]);
    expect(v.within('zzzzzz', 2)).toEqual([]);
  });
});
