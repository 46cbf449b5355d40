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
  const counts = columns.map((c) => new Uint32Array(c.values.length));
  const results: number[] = [];
  for (let i = 0; i < candidates.length; i++) {
    const d = candidates[i]!;
    if (excluded[d]) continue;
    let failed = 0;
    let failedAt = -1;
    for (let f = 0; f < columns.length; f++) {
      const sel = selected[f];
      if (!sel) continue;
      const col = columns[f]!;
      let ok = false;
      for (let k = col.offsets[d]!; k < col.offsets[d + 1]! && !ok; k++) ok = sel.has(col.codes[k]!);
      if (!ok) {
        failed++;
        failedAt = f;
      }
    }
    if (failed > 1) continue;
    // Each facet's counts ignore its own filter: count facet f when every other facet passes.
    for (let f = 0; f < columns.length; f++) {
      if (failed === 1 && failedAt !== f) continue;
      const col = columns[f]!;
      const cnt = counts[f]!;
      for (let k = col.offsets[d]!; k < col.offsets[d + 1]!; k++) cnt[col.codes[k]!]!++;
    }
    if (failed === 0) results.push(d);
  }
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

/** The requested page of results: by score desc then name, or by name; browse results come pre-ordered. */
export function pageOf(results: number[], plan: QueryPlan, score: (d: number) => number, rank: Uint32Array, preOrdered: boolean): number[] {
  const end = plan.from + plan.size;
  if (preOrdered) return results.slice(plan.from, end);
  const key = plan.sort === 'name' ? (d: number) => rank[d]! : (d: number) => -score(d);
  let pool = results;
  if (results.length > end * 4 && results.length > 2000) {
    // Keep only documents that can reach the page: the end-th best key is the cut-off.
    const keys = Float64Array.from(results, key);
    const cut = kthSmallest(Float64Array.from(keys), end - 1);
    pool = results.filter((_, i) => keys[i]! <= cut);
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
