/**
 * Executes a QueryPlan (core/query/plan.ts) on one open SQLite channel: name alternatives on
 * the in-memory name index, single-word text alternatives with in-memory BM25, phrases with
 * FTS5, then filters, facet counts and the page (results.ts). Semantics: the plan's header.
 */
import type Database from 'better-sqlite3';
import type { DocKind, DocOf } from '@/core/documents/types';
import type { Alternative, NameAlternative, QueryPlan, TextAlternative } from '@/core/query/plan';
import { TEXT_FIELDS } from '@/core/ranking';
import type { SearchResponse } from '@/core/search/types';
import { fuzzyTerms } from './fuzzy';
import { forEachPrefixed, postingsOf, type NameIndex } from './name-index';
import { filterAndCount, pageOf, type Filtered } from './results';
import { TABLES } from './schema';
import type { OpenChannel } from './store';
import { bm25Term } from './text-index';

type Visit = (doc: number, weight: number) => void;

const BROWSE_CACHE_SIZE = 64;

/** Per-document working arrays, allocated once per kind and reset through the touched lists. */
class Scratch {
  readonly clauseSum: Float64Array;
  readonly matched: Uint8Array;
  readonly shortcut: Float64Array;
  readonly shortcutHit: Uint8Array;
  readonly bonus: Float64Array;
  readonly excluded: Uint8Array;
  readonly best: Float64Array;
  readonly seen: Uint8Array;
  readonly inTouched: Uint8Array;
  readonly textSum: Float64Array;
  readonly textSeen: Uint8Array;
  readonly inPhrase: Uint8Array;
  readonly score: Float64Array;
  touched: number[] = [];
  excludedList: number[] = [];

  constructor(n: number) {
    this.clauseSum = new Float64Array(n);
    this.matched = new Uint8Array(n);
    this.shortcut = new Float64Array(n);
    this.shortcutHit = new Uint8Array(n);
    this.bonus = new Float64Array(n);
    this.excluded = new Uint8Array(n);
    this.best = new Float64Array(n);
    this.seen = new Uint8Array(n);
    this.inTouched = new Uint8Array(n);
    this.textSum = new Float64Array(n);
    this.textSeen = new Uint8Array(n);
    this.inPhrase = new Uint8Array(n);
    this.score = new Float64Array(n);
  }

  touch(d: number): void {
    if (!this.inTouched[d]) {
      this.inTouched[d] = 1;
      this.touched.push(d);
    }
  }

  reset(): void {
    for (const d of this.touched) {
      this.clauseSum[d] = 0;
      this.matched[d] = 0;
      this.shortcut[d] = 0;
      this.shortcutHit[d] = 0;
      this.bonus[d] = 0;
      this.score[d] = 0;
      this.inTouched[d] = 0;
    }
    for (const d of this.excludedList) this.excluded[d] = 0;
    this.touched = [];
    this.excludedList = [];
  }
}

/** Runs plans on one channel. Synchronous: one plan at a time per executor. */
export class PlanExecutor {
  private readonly scratch = new Map<DocKind, Scratch>();
  private readonly statements = new Map<string, Database.Statement>();

  constructor(private readonly channel: OpenChannel) {}

  private statement(sql: string): Database.Statement {
    let s = this.statements.get(sql);
    if (!s) {
      s = this.channel.db.prepare(sql);
      this.statements.set(sql, s);
    }
    return s;
  }

  /** The stored JSON of one document by its key (attribute path, or option set and name), or undefined. */
  documentJson(kind: DocKind, key: string): string | undefined {
    return this.statement(`SELECT json FROM ${TABLES[kind].docs} WHERE key = ?`).pluck(true).get(key) as string | undefined;
  }

  private nameAlternative(index: NameIndex, alt: NameAlternative, visit: Visit): void {
    const postings = index.fields[alt.field];
    const each = (docs: Uint32Array | undefined) => {
      if (docs) for (let i = 0; i < docs.length; i++) visit(docs[i]!, alt.weight);
    };
    if (alt.match === 'exact') each(postingsOf(postings, alt.value));
    else if (alt.match === 'prefix') forEachPrefixed(postings, alt.value, each);
    else {
      // Expansions are cached by the index's own vocabulary (one per kind).
      for (const t of fuzzyTerms(index, alt.value, alt.maxEdits ?? 1)) each(postingsOf(postings, t));
    }
  }

  /** BM25 per text field, weighted and summed (as Elasticsearch sums per-field match scores). */
  private textAlternative(kind: DocKind, alt: TextAlternative, s: Scratch, visit: Visit): void {
    const hits: number[] = [];
    const add = (d: number, v: number) => {
      if (!s.textSeen[d]) {
        s.textSeen[d] = 1;
        hits.push(d);
      }
      s.textSum[d]! += v;
    };
    const phrase = `"${alt.tokens.join(' ').replace(/"/g, '""')}"`;
    if (alt.tokens.length === 1) {
      const text = this.channel.index[kind].text;
      for (const field of TEXT_FIELDS) {
        const boost = alt.fieldBoosts[field];
        if (boost > 0 || alt.weight === 0) bm25Term(text[field], alt.tokens[0]!, (d, v) => add(d, boost * v));
      }
    } else {
      // Phrases need positions: FTS5 finds the documents; the score is the sum of the
      // phrase words' BM25 in each field that holds the phrase (as Elasticsearch's match_phrase).
      const text = this.channel.index[kind].text;
      for (const field of TEXT_FIELDS) {
        const t = TABLES[kind].text[field];
        const boost = alt.fieldBoosts[field];
        const ids = this.statement(`SELECT rowid FROM ${t} WHERE ${t} MATCH ?`).pluck(true).all(phrase) as number[];
        if (ids.length === 0) continue;
        for (const d of ids) s.inPhrase[d] = 1;
        for (const token of new Set(alt.tokens)) bm25Term(text[field], token, (d, v) => {
          if (s.inPhrase[d]) add(d, boost * v);
        });
        for (const d of ids) {
          if (!s.textSeen[d]) add(d, 0);
          s.inPhrase[d] = 0;
        }
      }
    }
    for (const d of hits) {
      visit(d, alt.weight * s.textSum[d]!);
      s.textSum[d] = 0;
      s.textSeen[d] = 0;
    }
  }

  private alternative(kind: DocKind, alt: Alternative, s: Scratch, visit: Visit): void {
    if (alt.type === 'text') this.textAlternative(kind, alt, s, visit);
    else this.nameAlternative(this.channel.index[kind], alt, visit);
  }

  /** Best alternative per document of one clause; calls done(doc, best) once per matched document. */
  private clause(kind: DocKind, alternatives: Alternative[], s: Scratch, done: (d: number, best: number) => void): void {
    const hit: number[] = [];
    for (const alt of alternatives) {
      this.alternative(kind, alt, s, (d, w) => {
        if (!s.seen[d]) {
          s.seen[d] = 1;
          hit.push(d);
          s.best[d] = w;
        } else if (w > s.best[d]!) s.best[d] = w;
      });
    }
    for (const d of hit) {
      done(d, s.best[d]!);
      s.seen[d] = 0;
      s.best[d] = 0;
    }
  }

  /** Browsing (no words) is the first page everybody sees: its filtered results are cached per filter set. */
  private readonly browseCache = new Map<string, Filtered>();

  private browseResults(index: NameIndex, kind: DocKind, plan: QueryPlan, candidates: ArrayLike<number>, s: Scratch): Filtered {
    const key = JSON.stringify([kind, plan.filters, plan.exclusions]);
    let hit = this.browseCache.get(key);
    if (hit) {
      // Refresh its place in the LRU order.
      this.browseCache.delete(key);
    } else {
      hit = filterAndCount(index, kind, plan, candidates, s.excluded);
      if (this.browseCache.size >= BROWSE_CACHE_SIZE) this.browseCache.delete(this.browseCache.keys().next().value!);
    }
    this.browseCache.set(key, hit);
    return hit;
  }

  /** Run a plan. */
  execute<K extends DocKind>(plan: QueryPlan<K>): SearchResponse<K> {
    const kind = plan.kind;
    const index = this.channel.index[kind];
    let s = this.scratch.get(kind);
    if (!s) {
      s = new Scratch(index.count);
      this.scratch.set(kind, s);
    }
    try {
      return this.run(plan, index, s);
    } finally {
      s.reset();
    }
  }

  private run<K extends DocKind>(plan: QueryPlan<K>, index: NameIndex, s: Scratch): SearchResponse<K> {
    const kind = plan.kind;
    const browse = plan.clauses.length === 0 && plan.shortcuts.length === 0;
    for (const c of plan.clauses) {
      this.clause(kind, c.alternatives, s, (d, w) => {
        s.clauseSum[d]! += w;
        s.matched[d]!++;
        s.touch(d);
      });
    }
    for (const c of plan.shortcuts) {
      this.clause(kind, c.alternatives, s, (d, w) => {
        s.shortcutHit[d] = 1;
        if (w > s.shortcut[d]!) s.shortcut[d] = w;
        s.touch(d);
      });
    }
    for (const c of plan.bonuses) {
      // Bonuses only add to documents that match otherwise (touched ones).
      this.clause(kind, c.alternatives, s, (d, w) => {
        if (s.inTouched[d]) s.bonus[d]! += w;
      });
    }
    for (const alt of plan.exclusions) {
      this.alternative(kind, alt, s, (d) => {
        if (!s.excluded[d]) {
          s.excluded[d] = 1;
          s.excludedList.push(d);
        }
      });
    }

    let candidates: ArrayLike<number>;
    if (browse) candidates = index.browseOrder;
    else {
      const list: number[] = [];
      const msm = plan.minimumShouldMatch;
      for (const d of s.touched) {
        const m = s.matched[d]!;
        const enough = m >= msm && m > 0;
        if (!enough && !s.shortcutHit[d]) continue;
        const coverage = enough ? plan.coverage * (m - msm) : 0;
        s.score[d] = Math.max(enough ? s.clauseSum[d]! : 0, s.shortcut[d]!) + coverage + s.bonus[d]! + index.staticBoost[d]!;
        list.push(d);
      }
      candidates = list;
    }
    const { results, facets } = browse ? this.browseResults(index, kind, plan, candidates, s) : filterAndCount(index, kind, plan, candidates, s.excluded);
    const scoreOf = browse ? (d: number) => index.staticBoost[d]! : (d: number) => s.score[d]!;
    const page = pageOf(results, plan, scoreOf, index.rank, browse && plan.sort === 'relevance');
    const docs = this.statement(`SELECT json FROM ${TABLES[kind].docs} WHERE id = ?`).pluck(true);
    const hits = page.map((d) => ({
      doc: JSON.parse(docs.get(d) as string) as DocOf<K>,
      score: plan.sort === 'name' ? 0 : Math.round(scoreOf(d) * 1000) / 1000,
    }));
    return { total: results.length, hits, facets };
  }
}
