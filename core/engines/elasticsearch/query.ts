/**
 * Translates an engine-neutral QueryPlan (core/query/plan.ts) into one search request, and
 * its response back into neutral results. The plan's semantics map one to one:
 *   alternative → constant_score(term | prefix | fuzzy) with the alternative's weight, or, for
 *                 text, weight × Σ fieldBoosts × BM25 per text field (phrases: match_phrase
 *                 filters, the phrase's words score);
 *   clause      → dis_max of its alternatives (best alternative wins, tie_breaker 0);
 *   clauses     → bool.should with minimum_should_match; that bool and the shortcuts go into a
 *                 dis_max (the larger counts), the `must` of an outer bool whose `should` holds
 *                 the bonuses (they add score, never make a document match) and the coverage
 *                 bonus (constant_score per clause matched beyond minimum_should_match);
 *   exclusions  → must_not;  static boost → function_score/field_value_factor, boost_mode sum;
 *   filters     → post_filter, so each facet's counts ignore its own filter (filter aggs).
 * Nothing the user typed reaches Elasticsearch as syntax: values are terms, never query strings.
 */
import type { estypes } from '@elastic/elasticsearch';
import type { DocKind, DocOf } from '../../documents/types';
import { TEXT_FIELDS, type NameField } from '../../ranking';
import type { Alternative, Clause, NameAlternative, QueryPlan, TextAlternative } from '../../query/plan';
import { SEARCH_LIMITS, type FacetBucket, type FacetName, type Filters, type SearchResponse } from '../../search/types';
import type { IndexedBody } from './mapping';
import { STATIC_BOOST_OFFSET } from './mapping';
import { coversUnion, type UnionMatch } from './union';

type Query = estypes.QueryDslQueryContainer;

/**
 * Elasticsearch's default similarity is Lucene's BM25 times (k1 + 1) (LegacyBM25Similarity,
 * kept for score compatibility with 7.x); the plan's BM25 is without that factor (as the
 * SQLite engine computes it), so text boosts are divided by it.
 */
const LEGACY_BM25_FACTOR = 1.2 + 1;

/** Expands a word to the index's name tokens within maxEdits (vocabulary.ts). */
export type Expand = (value: string, maxEdits: number) => string[];

/** The query of one alternative, unscored (matching only); `fieldOverride` replaces the name field. */
function matchQuery(alt: Alternative, expand: Expand, fieldOverride?: string): Query {
  if (alt.type === 'name') {
    const field = fieldOverride ?? `names.${alt.field}`;
    if (alt.match === 'exact') return { term: { [field]: { value: alt.value } } };
    if (alt.match === 'prefix') return { prefix: { [field]: { value: alt.value } } };
    const terms = expand(alt.value, alt.maxEdits ?? 1);
    return terms.length > 0 ? { terms: { [field]: terms } } : { match_none: {} };
  }
  return textQuery(alt, false);
}

/**
 * Tokens in any text field, consecutively when several. Scored: weight × Σ fieldBoosts[f] ×
 * BM25_f, where a phrase scores the sum of its distinct words' BM25 in the fields that hold
 * the phrase (match_phrase only filters), as the SQLite engine computes it.
 */
function textQuery(alt: TextAlternative, scored: boolean): Query {
  const perField: Query[] = TEXT_FIELDS.map((f) => {
    const field = `text.${f}`;
    const boost = scored ? (alt.weight * alt.fieldBoosts[f]) / LEGACY_BM25_FACTOR : 0;
    if (alt.tokens.length === 1) return { term: { [field]: { value: alt.tokens[0]!, ...(scored ? { boost } : {}) } } };
    const phrase: Query = { match_phrase: { [field]: { query: alt.tokens.join(' ') } } };
    if (!scored) return phrase;
    return { bool: { filter: [phrase], should: [...new Set(alt.tokens)].map((t) => ({ term: { [field]: { value: t, boost } } })) } };
  });
  return { bool: { should: perField, minimum_should_match: 1 } };
}

/** The scored query of one alternative. */
function scoredQuery(alt: Alternative, expand: Expand): Query {
  if (alt.type === 'text') return textQuery(alt, true);
  return { constant_score: { filter: matchQuery(alt, expand), boost: alt.weight } };
}

/** A clause scored by its best alternative. */
function clauseQuery(clause: Clause, expand: Expand): Query {
  return { dis_max: { queries: clause.alternatives.map((alt) => scoredQuery(alt, expand)), tie_breaker: 0 } };
}

/**
 * A clause as a filter (any alternative matches). Prefix and fuzzy alternatives of one value
 * over exactly the fields of a union field become one query on it; exact alternatives of a
 * field that also has a prefix or fuzzy alternative of the same value are implied by it.
 */
function clauseFilter(kind: DocKind, clause: Clause, expand: Expand): Query {
  const grouped = new Map<string, { match: UnionMatch; alt: NameAlternative; fields: Set<NameField> }>();
  for (const alt of clause.alternatives) {
    if (alt.type !== 'name' || alt.match === 'exact') continue;
    const key = `${alt.match}\u0000${alt.value}\u0000${alt.maxEdits ?? 0}`;
    const group = grouped.get(key) ?? { match: alt.match, alt, fields: new Set<NameField>() };
    group.fields.add(alt.field);
    grouped.set(key, group);
  }
  const queries: Query[] = [];
  const covered = new Set<string>();
  for (const { match, alt, fields } of grouped.values()) {
    if (!coversUnion(kind, match, fields)) continue;
    queries.push(matchQuery(alt, expand, `any.${match}`));
    for (const f of fields) covered.add(`${match}\u0000${f}\u0000${alt.value}`);
    if (match === 'prefix' || match === 'fuzzy') for (const f of fields) covered.add(`exact\u0000${f}\u0000${alt.value}`);
  }
  for (const alt of clause.alternatives) {
    if (alt.type === 'name' && covered.has(`${alt.match}\u0000${alt.field}\u0000${alt.value}`)) continue;
    queries.push(matchQuery(alt, expand));
  }
  return { bool: { should: queries, minimum_should_match: 1 } };
}

/** Coverage is folded into the clause scores (exact and free) when the plan has no shortcuts. */
function foldsCoverage(plan: QueryPlan): boolean {
  return plan.coverage > 0 && plan.shortcuts.length === 0 && plan.clauses.length > plan.minimumShouldMatch;
}

/** What the query adds to every matching document's score (subtracted from returned scores). */
export function scoreShift(plan: QueryPlan): number {
  return foldsCoverage(plan) ? plan.coverage * plan.minimumShouldMatch : 0;
}

/**
 * The scoring query of a plan, without filters; null when it matches everything (browse).
 * max(clause sum once minimum_should_match is reached, best shortcut) + bonuses + coverage ×
 * (matched clauses − minimum_should_match): one constant_score per extra clause matched.
 */
function planQuery(plan: QueryPlan, expand: Expand): Query | null {
  const matching: Query[] = [];
  const fold = foldsCoverage(plan);
  if (plan.clauses.length > 0) {
    // Folded: every matched clause scores `coverage` more, and scoreShift() takes back
    // coverage × minimumShouldMatch: Σ(best + c) − c·msm = Σ best + c·(matched − msm).
    const clauses = plan.clauses.map((c) => {
      const q = clauseQuery(c, expand);
      return fold ? { bool: { must: [q, { constant_score: { filter: { match_all: {} }, boost: plan.coverage } }] } } : q;
    });
    matching.push({ bool: { should: clauses, minimum_should_match: plan.minimumShouldMatch } });
  }
  matching.push(...plan.shortcuts.map((c) => clauseQuery(c, expand)));
  if (matching.length === 0) return null;
  const should: Query[] = plan.bonuses.map((c) => clauseQuery(c, expand));
  if (plan.coverage > 0 && !fold) {
    // With shortcuts the count must stay outside the max: one match-only copy per extra clause.
    const filters = plan.clauses.map((c) => clauseFilter(plan.kind, c, expand));
    for (let k = plan.minimumShouldMatch + 1; k <= plan.clauses.length; k++) {
      should.push({ constant_score: { filter: { bool: { should: filters, minimum_should_match: k } }, boost: plan.coverage } });
    }
  }
  return { bool: { must: [{ dis_max: { queries: matching, tie_breaker: 0 } }], should } };
}

function facetFilter(name: FacetName, values: string[]): Query {
  return { terms: { [`facets.${name}`]: values } };
}

function filterQueries(filters: Filters, except?: FacetName): Query[] {
  return (Object.entries(filters) as Array<[FacetName, string[] | undefined]>)
    .filter(([name, values]) => name !== except && values !== undefined && values.length > 0)
    .map(([name, values]) => facetFilter(name, values!));
}

/** The search request body (without index) for a plan. */
export function searchBody(plan: QueryPlan, facetNames: readonly FacetName[], expand: Expand): estypes.SearchRequest {
  const scoring = planQuery(plan, expand);
  const mustNot = plan.exclusions.map((alt) => matchQuery(alt, expand));
  const base: Query = scoring ?? { match_all: {} };
  const query: Query = mustNot.length > 0 ? { bool: { must: [base], must_not: mustNot } } : base;
  const relevance = plan.sort === 'relevance';
  const scored = relevance && scoring !== null;
  const sort: estypes.SortCombinations[] = !relevance
    ? [{ sortKey: 'asc' }]
    : scored
      ? [{ _score: { order: 'desc' } }, { sortKey: 'asc' }]
      : [{ staticBoost: 'desc' }, { sortKey: 'asc' }];
  const postFilters = filterQueries(plan.filters);
  const aggs: Record<string, estypes.AggregationsAggregationContainer> = {};
  for (const name of facetNames) {
    const terms: estypes.AggregationsAggregationContainer = {
      terms: { field: `facets.${name}`, size: SEARCH_LIMITS.facetSize, order: [{ _count: 'desc' }, { _key: 'asc' }] },
    };
    const others = filterQueries(plan.filters, name);
    aggs[name] = others.length === 0 ? terms : { filter: { bool: { filter: others } }, aggs: { values: terms } };
  }
  return {
    query: scored
      ? {
          function_score: {
            query,
            functions: [{ field_value_factor: { field: 'staticBoost', factor: 1, modifier: 'none', missing: STATIC_BOOST_OFFSET } }],
            boost_mode: 'sum',
          },
        }
      : query,
    ...(postFilters.length > 0 ? { post_filter: { bool: { filter: postFilters } } } : {}),
    aggs,
    sort,
    from: plan.from,
    size: plan.size,
    track_total_hits: true,
    _source: ['doc'],
  };
}

interface TermsAgg {
  buckets: Array<{ key: string | number; key_as_string?: string; doc_count: number }>;
}

/** Neutral results from a search response. */
export function fromResponse<K extends DocKind>(
  plan: QueryPlan<K>,
  facetNames: readonly FacetName[],
  response: estypes.SearchResponse<Pick<IndexedBody, 'doc'>>,
): SearchResponse<K> {
  const total = typeof response.hits.total === 'number' ? response.hits.total : (response.hits.total?.value ?? 0);
  const shift = scoreShift(plan);
  const hits = response.hits.hits.map((hit) => {
    let score = 0;
    if (plan.sort === 'relevance') {
      const browse = typeof hit._score !== 'number';
      const raw = browse ? Number(hit.sort?.[0] ?? STATIC_BOOST_OFFSET) : hit._score!;
      score = raw - STATIC_BOOST_OFFSET - (browse ? 0 : shift);
    }
    return { doc: hit._source!.doc as DocOf<K>, score };
  });
  const facets: Partial<Record<FacetName, FacetBucket[]>> = {};
  const aggs = (response.aggregations ?? {}) as Record<string, TermsAgg | { values: TermsAgg }>;
  for (const name of facetNames) {
    const agg = aggs[name];
    if (!agg) continue;
    const terms = 'values' in agg ? agg.values : agg;
    facets[name] = terms.buckets.map((b) => ({ value: b.key_as_string ?? String(b.key), count: b.doc_count }));
  }
  return { total, hits, facets };
}

/** True when executing the plan needs typo expansion. */
export function needsExpansion(plan: QueryPlan): boolean {
  const fuzzy = (alts: Alternative[]) => alts.some((a) => a.type === 'name' && a.match === 'fuzzy');
  return [...plan.clauses, ...plan.shortcuts, ...plan.bonuses].some((c) => fuzzy(c.alternatives)) || fuzzy(plan.exclusions);
}
