/**
 * The result side of a SQLite search: filters, facet counts (each facet ignoring its own
 * filter) and the requested page in plan order.
 */
import type { DocKind } from '@/core/documents/types';
import type { QueryPlan } from '@/core/query/plan';
import { facetsOf } from '@/core/query/request';
import { SEARCH_LIMITS, type FacetBucket, type FacetName } from '@/core/search/types';
import type { NameIndex } from './name-index';

/** Matching documents after filters, and the facet counts. */
export interface Filtered {
  results: number[];
  facets: Partial<Record<FacetName, FacetBucket[]>>;
}

/** Apply the plan's filters to candidates (minus excluded ones) and count facets. */
export function filterAndCount(index: NameIndex, kind: DocKind, plan: QueryPlan, candidates: ArrayLike<number>, excluded: Uint8Array): Filtered {
  const facetNames = facetsOf(kind);
  const columns = facetNames.map((f) => index.facets[f]!);
  const selected = facetNames.map((f, i) => {
    const values = plan.filters[f];
    if (!values) return null;
    const codes = new Set<number>();
    for (const v of values) {
      const c = columns[i]!.values.indexOf(v);
      if (c >= 0) codes.add(c);
    }
    return codes;
  });
  // Per facet: which rows pass its filter, and how many counted documents fall in each row.
  const rowPasses = columns.map((col, f) => {
    const sel = selected[f];
    if (!sel) return null;
    const passes = new Uint8Array(col.offsets.length - 1);
    for (let r = 0; r < passes.length; r++) {
      for (let k = col.offsets[r]!; k < col.offsets[r + 1]!; k++) if (sel.has(col.codes[k]!)) passes[r] = 1;
    }
    return passes;
  });
  const rowCounts = columns.map((col) => new Uint32Array(col.offsets.length - 1));
  const results: number[] = [];
  for (let i = 0; i < candidates.length; i++) {
    const d = candidates[i]!;
    if (excluded[d]) continue;
    let failed = 0;
    let failedAt = -1;
    for (let f = 0; f < columns.length; f++) {
      const passes = rowPasses[f];
      if (passes && !passes[columns[f]!.rowOf[d]!]) {
        failed++;
        failedAt = f;
      }
    }
    if (failed > 1) continue;
    // Each facet's counts ignore its own filter: count facet f when every other facet passes.
    if (failed === 1) rowCounts[failedAt]![columns[failedAt]!.rowOf[d]!]!++;
    else {
      for (let f = 0; f < columns.length; f++) rowCounts[f]![columns[f]!.rowOf[d]!]!++;
      results.push(d);
    }
  }
  const counts = columns.map((col, f) => {
    const cnt = new Uint32Array(col.values.length);
    const rc = rowCounts[f]!;
    for (let r = 0; r < rc.length; r++) {
      const n = rc[r]!;
      if (n > 0) for (let k = col.offsets[r]!; k < col.offsets[r + 1]!; k++) cnt[col.codes[k]!]! += n;
    }
    return cnt;
  });
  const facets: Partial<Record<FacetName, FacetBucket[]>> = {};
  facetNames.forEach((f, i) => {
    const values = columns[i]!.values;
    const cnt = counts[i]!;
    const buckets: FacetBucket[] = [];
    for (let c = 0; c < cnt.length; c++) if (cnt[c]! > 0) buckets.push({ value: values[c]!, count: cnt[c]! });
    // Elasticsearch's terms order: count desc, then value asc.
    buckets.sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
    facets[f] = buckets.slice(0, SEARCH_LIMITS.facetSize);
  });
  return { results, facets };
}

/** The requested page of results: by score desc then name, or by name; browse results come pre-ordered. Leaves `results` as it was. */
export function pageOf(results: number[], plan: QueryPlan, score: (d: number) => number, rank: Uint32Array, preOrdered: boolean): number[] {
  const end = plan.from + plan.size;
  if (preOrdered) return results.slice(plan.from, end);
  const key = plan.sort === 'name' ? (d: number) => rank[d]! : (d: number) => -score(d);
  // Never sort `results` itself: browse results are cached and shared by later requests.
  let pool: number[];
  if (results.length > end * 4 && results.length > 2000) {
    // Keep only documents that can reach the page: the end-th best key is the cut-off.
    const keys = Float64Array.from(results, key);
    const cut = kthSmallest(Float64Array.from(keys), end - 1);
    pool = results.filter((_, i) => keys[i]! <= cut);
  } else {
    pool = results.slice();
  }
  return pool.sort((a, b) => key(a) - key(b) || rank[a]! - rank[b]!).slice(plan.from, end);
}

/** k-th smallest value (0-based) by quickselect; reorders its argument. */
function kthSmallest(a: Float64Array, k: number): number {
  let lo = 0;
  let hi = a.length - 1;
  while (lo < hi) {
    const pivot = a[(lo + hi) >>> 1]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i]! < pivot) i++;
      while (a[j]! > pivot) j--;
      if (i <= j) {
        const t = a[i]!;
        a[i] = a[j]!;
        a[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return a[k]!;
  }
  return a[k]!;
}
