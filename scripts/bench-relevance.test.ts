import { describe, expect, it } from 'vitest';
import { scoreQuery } from './bench-relevance';
import type { BenchQuery } from './bench/queries';

const q = (relevant: string[][]): BenchQuery => ({ id: 'q', q: 'x', category: 'exact', relevant });

describe('relevance metrics', () => {
  it('a perfect ranking scores 1 everywhere', () => {
    expect(scoreQuery(q([['a'], ['b', 'c']]), ['a', 'b', 'c'])).toEqual({ success: 1, rr: 1, ndcg: 1, bestRR: 1 });
  });

  it('reciprocal rank of the first relevant id of any tier; BestRR of the single best id', () => {
    const s = scoreQuery(q([['a'], ['b']]), ['x', 'b', 'y', 'a']);
    expect(s.success).toBe(1);
    expect(s.rr).toBe(1 / 2);
    expect(s.bestRR).toBe(1 / 4);
  });

  it('graded nDCG: grade = tiers - tier index', () => {
    const s = scoreQuery(q([['a'], ['b']]), ['b', 'a']);
    const dcg = 1 / Math.log2(2) + 2 / Math.log2(3);
    const ideal = 2 / Math.log2(2) + 1 / Math.log2(3);
    expect(s.ndcg).toBeCloseTo(dcg / ideal, 10);
  });

  it('nothing relevant in the top 10 is a miss; no BestRR when the first tier has several ids', () => {
    const s = scoreQuery(q([['a', 'b']]), [...'cdefghijkl'.split(''), 'a']);
    expect(s.success).toBe(0);
    expect(s.rr).toBe(1 / 11);
    expect(s.bestRR).toBeNull();
  });
});
