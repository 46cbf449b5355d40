import { describe, expect, it } from 'vitest';
import { COMMON_WORDS, COVERAGE, TERM_WEIGHTS } from '../ranking';
import type { DocKind } from '../documents/types';
import { planQuery, type Clause, type QueryStats } from './plan';

const stats: QueryStats = { commonWords: new Set(['tool', 'server']) };
const plan = (kind: DocKind, query: string, s?: QueryStats) => planQuery({ channel: 'c', kind, query, filters: {}, sort: 'relevance', from: 0, size: 20 }, s);
const leafExact = (c: Clause) => c.alternatives.find((a) => a.type === 'name' && a.field === 'leaf' && a.match === 'exact')?.weight;
const textWeight = (c: Clause) => c.alternatives.find((a) => a.type === 'text')?.weight;

describe('planQuery with channel statistics', () => {
  it('weakens the name matches of a common word among several package words', () => {
    const [backup, tool] = plan('package', 'backup tool', stats).clauses;
    expect(leafExact(backup!)).toBe(TERM_WEIGHTS.package.exact.leaf);
    expect(leafExact(tool!)).toBe(TERM_WEIGHTS.package.exact.leaf! * COMMON_WORDS.nameFactor.package);
    // Its text match is unchanged.
    expect(textWeight(tool!)).toBe(TERM_WEIGHTS.package.text);
  });

  it('keeps full weights for a common word alone, without statistics, and for options', () => {
    expect(leafExact(plan('package', 'tool', stats).clauses[0]!)).toBe(TERM_WEIGHTS.package.exact.leaf);
    expect(leafExact(plan('package', 'backup tool').clauses[1]!)).toBe(TERM_WEIGHTS.package.exact.leaf);
    const option = plan('option', 'nginx server', stats).clauses[1]!;
    expect(leafExact(option)).toBe(TERM_WEIGHTS.option.exact.leaf! * COMMON_WORDS.nameFactor.option);
  });

  it('takes the coverage bonus of the kind', () => {
    expect(plan('package', 'a b c').coverage).toBe(COVERAGE.package);
    expect(plan('option', 'a b c').coverage).toBe(COVERAGE.option);
  });
});
