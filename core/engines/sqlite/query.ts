/**
 * Executes a QueryPlan (core/query/plan.ts) on one open SQLite channel: name alternatives on
 * the in-memory name index, text alternatives with FTS5 and bm25(), then filters, facet
 * counts, ordering and the page of documents. Semantics are those of the plan's header.
 */
import type Database from 'better-sqlite3';
import { boundedEditDistance } from '@/core/analysis/edit-distance';
import type { DocKind, DocOf } from '@/core/documents/types';
import type { Alternative, NameAlternative, QueryPlan } from '@/core/query/plan';
import { facetsOf } from '@/core/query/request';
import { NAME_FIELDS, TEXT_FIELDS, type TextField } from '@/core/ranking';
import { SEARCH_LIMITS, type FacetBucket, type FacetName, type SearchResponse } from '@/core/search/types';
import { forEachPrefixed, postingsOf, type NameIndex } from './name-index';
import { TABLES } from './schema';
import type { OpenChannel } from './store';

type Visit = (doc: number, weight: number) => void;

/** Distinct name tokens by length, for typo expansion (built once per loaded index). */
const vocabularies = new WeakMap<NameIndex, Map<number, string[]>>();

function vocabulary(index: NameIndex): Map<number, string[]> {
  let v = vocabularies.get(index);
  if (!v) {
    const all = new Set<string>();
    for (const f of NAME_FIELDS) for (const t of index.fields[f].terms) all.add(t);
    v = new Map();
    for (const t of all) {
      const list = v.get(t.length);
      if (list) list.push(t);
      else v.set(t.length, [t]);
    }
    vocabularies.set(index, v);
  }
  return v;
}

/** Tokens within maxEdits of term (the same set Lucene's fuzzy query enumerates). */
function fuzzyTerms(index: NameIndex, term: string, maxEdits: number): string[] {
  const vocab = vocabulary(index);
  const out: string[] = [];
  for (let len = term.length - maxEdits; len <= term.length + maxEdits; len++) {
    for (const t of vocab.get(len) ?? []) if (boundedEditDistance(term, t, maxEdits) <= maxEdits) out.push(t);
  }
  return out;
}

/** Runs plans on one channel; caches typo expansions per query. */
export class PlanExecutor {
  constructor(private readonly channel: OpenChannel) {}

  private nameAlternative(index: NameIndex, alt: NameAlternative, fuzzyCache: Map<string, string[]>, visit: Visit): void {
    const postings = index.fields[alt.field];
    const each = (docs: Uint32Array | undefined) => {
      if (docs) for (let i = 0; i < docs.length; i++) visit(docs[i]!, alt.weight);
    };
    if (alt.match === 'exact') each(postingsOf(postings, alt.value));
    else if (alt.match === 'prefix') forEachPrefixed(postings, alt.value, each);
    else {
      const key = `${alt.value}\u0000${alt.maxEdits ?? 1}`;
      let terms = fuzzyCache.get(key);
      if (!terms) {
        terms = fuzzyTerms(index, alt.value, alt.maxEdits ?? 1);
        fuzzyCache.set(key, terms);
      }
      for (const t of terms) each(postingsOf(postings, t));
    }
  }

  private textAlternative(kind: DocKind, tokens: string[], weight: number, boosts: Record<TextField, number>, visit: Visit): void {
    // BM25 per text field, weighted and summed (as Elasticsearch sums per-field match scores).
    const phrase = `"${tokens.join(' ').replace(/"/g, '""')}"`;
    const sums = new Map<number, number>();
    for (const field of TEXT_FIELDS) {
      const t = TABLES[kind].text[field];
      const stmt = this.statement(`SELECT rowid AS id, bm25(${t}) AS s FROM ${t} WHERE ${t} MATCH ?`);
      const boost = boosts[field];
      for (const row of stmt.iterate(phrase) as IterableIterator<{ id: number; s: number }>) sums.set(row.id, (sums.get(row.id) ?? 0) - boost * row.s);
    }
    for (const [id, s] of sums) visit(id, weight * s);
  }

  /** Adds each bonus clause's best alternative score (bonuses never make a document match). */
  private runBonus(kind: DocKind, alternatives: Alternative[], into: Float64Array, fuzzyCache: Map<string, string[]>): void {
    const best = new Map<number, number>();
    for (const alt of alternatives) this.alternative(kind, alt, fuzzyCache, (d, w) => best.set(d, Math.max(best.get(d) ?? 0, w)));
    for (const [d, w] of best) into[d]! += w;
  }

  private readonly statements = new Map<string, Database.Statement>();
  private statement(sql: string): Database.Statement {
    let s = this.statements.get(sql);
    if (!s) {
      s = this.channel.db.prepare(sql);
      this.statements.set(sql, s);
    }
    return s;
  }

  private alternative(kind: DocKind, alt: Alternative, fuzzyCache: Map<string, string[]>, visit: Visit): void {
    if (alt.type === 'text') this.textAlternative(kind, alt.tokens, alt.weight, alt.fieldBoosts, visit);
    else this.nameAlternative(this.channel.index[kind], alt, fuzzyCache, visit);
  }

  /** Run a plan. */
  execute<K extends DocKind>(plan: QueryPlan<K>): SearchResponse<K> {
    const kind = plan.kind;
    const index = this.channel.index[kind];
    const n = index.count;
    const fuzzyCache = new Map<string, string[]>();
    const browse = plan.clauses.length === 0 && plan.shortcuts.length === 0;

    // Scores: sum of clause bests (counted only when minimumShouldMatch is reached) + shortcuts.
    const clauseSum = new Float64Array(n);
    const matchedClauses = new Uint8Array(n);
    const best = new Float64Array(n);
    const seen = new Uint8Array(n);
    const touched: number[] = [];
    const inTouched = new Uint8Array(n);
    const shortcutBest = new Float64Array(n);
    const shortcutHit = new Uint8Array(n);
    const runClause = (alternatives: Alternative[], into: Float64Array, count: Uint8Array | null, isMax: boolean) => {
      const hit: number[] = [];
      for (const alt of alternatives) {
        this.alternative(kind, alt, fuzzyCache, (d, w) => {
          if (!seen[d]) {
            seen[d] = 1;
            hit.push(d);
            best[d] = w;
          } else if (w > best[d]!) best[d] = w;
        });
      }
      for (const d of hit) {
        if (isMax) {
          shortcutHit[d] = 1;
          if (best[d]! > into[d]!) into[d] = best[d]!;
        } else into[d]! += best[d]!;
        if (count) count[d]!++;
        if (!inTouched[d]) {
          inTouched[d] = 1;
          touched.push(d);
        }
        seen[d] = 0;
        best[d] = 0;
      }
    };
    for (const c of plan.clauses) runClause(c.alternatives, clauseSum, matchedClauses, false);
    for (const c of plan.shortcuts) runClause(c.alternatives, shortcutBest, null, true);
    const bonusSum = new Float64Array(n);
    for (const c of plan.bonuses) this.runBonus(kind, c.alternatives, bonusSum, fuzzyCache);

    const excluded = new Uint8Array(n);
    for (const alt of plan.exclusions) this.alternative(kind, alt, fuzzyCache, (d) => (excluded[d] = 1));

    // Candidates and their scores.
    let candidates: Uint32Array;
    const score = new Float64Array(n);
    if (browse) {
      candidates = index.browseOrder;
      for (let d = 0; d < n; d++) score[d] = index.staticBoost[d]!;
    } else {
      const list: number[] = [];
      for (const d of touched) {
        const enough = matchedClauses[d]! >= plan.minimumShouldMatch && matchedClauses[d]! > 0;
        if (!enough && !shortcutHit[d]) continue;
        const coverage = enough ? plan.coverage * (matchedClauses[d]! - plan.minimumShouldMatch) : 0;
        score[d] = Math.max(enough ? clauseSum[d]! : 0, shortcutBest[d]!) + coverage + bonusSum[d]! + index.staticBoost[d]!;
        list.push(d);
      }
      candidates = Uint32Array.from(list);
    }

    // Filters: per facet, a code set; a document passes a facet when it has any selected value.
    const facetNames = facetsOf(kind);
    const selected = facetNames.map((f) => {
      const values = plan.filters[f];
      if (!values) return null;
      const col = index.facets[f]!;
      const codes = new Set<number>();
      values.forEach((v) => {
        const c = col.values.indexOf(v);
        if (c >= 0) codes.add(c);
      });
      return codes;
    });
    const counts = facetNames.map((f) => new Uint32Array(index.facets[f]!.values.length));
    const passes = new Uint8Array(facetNames.length);
    const results: number[] = [];
    for (let i = 0; i < candidates.length; i++) {
      const d = candidates[i]!;
      if (excluded[d]) continue;
      let failed = 0;
      let failedAt = -1;
      for (let f = 0; f < facetNames.length; f++) {
        const sel = selected[f];
        let ok = 1;
        if (sel) {
          ok = 0;
          const col = index.facets[facetNames[f]!]!;
          for (let k = col.offsets[d]!; k < col.offsets[d + 1]!; k++) if (sel.has(col.codes[k]!)) ok = 1;
        }
        passes[f] = ok;
        if (!ok) {
          failed++;
          failedAt = f;
        }
      }
      if (failed > 1) continue;
      // Each facet's counts ignore its own filter: count facet f when every other facet passes.
      for (let f = 0; f < facetNames.length; f++) {
        if (failed === 1 && failedAt !== f) continue;
        const col = index.facets[facetNames[f]!]!;
        const cnt = counts[f]!;
        for (let k = col.offsets[d]!; k < col.offsets[d + 1]!; k++) cnt[col.codes[k]!]!++;
      }
      if (failed === 0) results.push(d);
    }

    const facets: Partial<Record<FacetName, FacetBucket[]>> = {};
    facetNames.forEach((f, i) => {
      const values = index.facets[f]!.values;
      const cnt = counts[i]!;
      const buckets: FacetBucket[] = [];
      for (let c = 0; c < cnt.length; c++) if (cnt[c]! > 0) buckets.push({ value: values[c]!, count: cnt[c]! });
      buckets.sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
      facets[f] = buckets.slice(0, SEARCH_LIMITS.facetSize);
    });

    const page = pageOf(results, plan, score, index.rank, browse);
    const docs = this.statement(`SELECT json FROM ${TABLES[kind].docs} WHERE id = ?`);
    const hits = page.map((d) => ({
      doc: JSON.parse((docs.get(d) as { json: string }).json) as DocOf<K>,
      score: plan.sort === 'name' ? 0 : round(score[d]!),
    }));
    return { total: results.length, hits, facets };
  }
}

/** The requested page: results in plan order (already in order when browsing by relevance). */
function pageOf(results: number[], plan: QueryPlan, score: Float64Array, rank: Uint32Array, browse: boolean): number[] {
  const end = plan.from + plan.size;
  if (browse && plan.sort === 'relevance') return results.slice(plan.from, end);
  const cmp =
    plan.sort === 'name'
      ? (a: number, b: number) => rank[a]! - rank[b]!
      : (a: number, b: number) => score[b]! - score[a]! || rank[a]! - rank[b]!;
  let pool = results;
  if (results.length > end * 4 && results.length > 2000) {
    // Keep only documents that can reach the page: the end-th best key is the cut-off.
    const keys = Float64Array.from(results, (d) => (plan.sort === 'name' ? rank[d]! : -score[d]!));
    const cut = kthSmallest(Float64Array.from(keys), end - 1);
    pool = results.filter((_, i) => keys[i]! <= cut);
  }
  return pool.sort(cmp).slice(plan.from, end);
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

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
