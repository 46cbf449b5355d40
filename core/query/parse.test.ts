import { describe, expect, it } from 'vitest';
import { SEARCH_LIMITS } from '../search/types';
import { parseQuery } from './parse';
import { planQuery } from './plan';

describe('parseQuery', () => {
  it('splits words, phrases and negations', () => {
    expect(parseQuery('"web server" -foo -"bar baz" in memory')).toEqual({
      terms: ['memory'],
      words: ['in', 'memory'],
      phrases: [{ raw: 'web server', tokens: ['web', 'server'] }],
      excludedTerms: ['foo'],
      excludedPhrases: [['bar', 'baz']],
    });
  });

  it('treats query syntax of other engines as separators', () => {
    expect(parseQuery('name:foo AND (x OR y)^2 \\ {} *').terms).toEqual(['name', 'foo', 'x', 'y', '2']);
    expect(parseQuery('services.nginx.*').terms).toEqual(['services.nginx']);
  });

  it('keeps stop words only when nothing else remains', () => {
    expect(parseQuery('the').terms).toEqual(['the']);
    expect(parseQuery('enable on boot').terms).toEqual(['enable', 'boot']);
  });

  it('never throws and caps the input', () => {
    for (const q of ['', '-', '"', '-"', '- -', '\ud800', 'x'.repeat(100_000)]) expect(() => parseQuery(q)).not.toThrow();
    expect(parseQuery('a'.repeat(10_000)).terms[0]!.length).toBe(SEARCH_LIMITS.maxQueryLength);
  });
});

describe('planQuery', () => {
  const plan = (query: string) => planQuery({ channel: 'c', kind: 'package', query, filters: {}, sort: 'relevance', from: 0, size: 20 });

  it('an empty query browses', () => {
    expect(plan('').clauses).toEqual([]);
    expect(plan('').shortcuts).toEqual([]);
  });

  it('a single word gets exact, prefix, fuzzy, id and text alternatives', () => {
    const kinds = new Set(plan('ripgrep').clauses[0]!.alternatives.map((a) => (a.type === 'text' ? 'text' : `${a.match}`)));
    expect(kinds).toEqual(new Set(['exact', 'prefix', 'fuzzy', 'text']));
  });

  it('short words get no fuzzy alternative and one letter no prefix', () => {
    expect(plan('rg').clauses[0]!.alternatives.some((a) => a.type === 'name' && a.match === 'fuzzy')).toBe(false);
    expect(plan('r').clauses[0]!.alternatives.some((a) => a.type === 'name' && a.match === 'prefix')).toBe(false);
  });

  it('several words: half must match, words written together are a shortcut, the phrase a bonus', () => {
    const p = plan('vault warden');
    expect(p.minimumShouldMatch).toBe(1);
    expect(p.shortcuts[0]!.alternatives.every((a) => (a.type === 'name' ? a.value : a.tokens.join(' ')) === 'vaultwarden')).toBe(true);
    expect(p.bonuses[0]!.alternatives[0]).toMatchObject({ type: 'text', tokens: ['vault', 'warden'] });
  });

  it('negations become exclusions', () => {
    expect(plan('firefox -unwrapped').exclusions.length).toBeGreaterThan(0);
  });
});
