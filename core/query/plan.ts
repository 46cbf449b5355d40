/**
 * The engine-neutral query plan: what to match and how to score it, built from a request and
 * core/ranking.ts. Each backend translates a plan and nothing else (Elasticsearch: a bool query;
 * SQLite: its own tables and FTS5), so both engines match the same documents.
 *
 * Semantics every engine implements exactly:
 * - An alternative matches a document when
 *   - name/exact: `value` is one of the field's tokens;
 *   - name/prefix: some token of the field starts with `value`;
 *   - name/fuzzy: some token of the field is within `maxEdits` (optimal string alignment
 *     distance: Lucene fuzzy with transpositions, prefix_length 0);
 *   - text: the tokens occur, consecutively when several, in a TEXT_FIELD.
 * - A clause matches when any of its alternatives does; its score is the best matching
 *   alternative's weight (text: weight × Σ fieldBoosts[field] × BM25 of the field).
 * - A document matches when at least `minimumShouldMatch` clauses match or any shortcut
 *   matches, and no exclusion matches, and it passes the filters.
 * - Query score = max(sum of the matched clauses' scores when `minimumShouldMatch` is reached,
 *   else 0; each matched shortcut's score) + the scores of the matched bonuses + coverage ×
 *   (matched clauses − minimumShouldMatch, when positive). Bonuses only add to documents that
 *   match otherwise. Elasticsearch: bool { must: dis_max [bool {should: clauses,
 *   minimum_should_match}, ...shortcuts], should: [...bonuses, for k in msm+1..n:
 *   constant_score(bool {should: clauses, minimum_should_match: k}, boost: coverage)],
 *   must_not: exclusions, filter }.
 * - No clauses and no shortcuts: every document matches (browse), minus exclusions.
 * - Final score = query score + the document's static boost. Relevance order: score desc, then
 *   sortKey asc; name order: sortKey asc. Browse in relevance order: static boost desc, sortKey asc.
 * - Weights may depend on the channel (QueryStats: its common words, stored with the index at
 *   publish time); an engine plans with the statistics of the very index it then searches.
 */
import type { DocKind } from '../documents/types';
import type { Filters, SearchRequest, SortOrder } from '../search/types';
import {
  COMMON_WORDS,
  COVERAGE,
  MATCHING,
  QUERY_WEIGHTS,
  TERM_WEIGHTS,
  TEXT_BOOSTS_BY_KIND,
  type MatchType,
  type TermWeights,
  minimumShouldMatch,
  type NameField,
  type TextField,
} from '../ranking';
import { textTokens } from '../analysis/tokens';
import { parseQuery, type ParsedQuery, type Phrase } from './parse';

/** A match on a name field (exact token, token prefix, or fuzzy token). */
export interface NameAlternative {
  type: 'name';
  field: NameField;
  match: MatchType;
  value: string;
  /** Set for fuzzy matches only. */
  maxEdits?: 1 | 2;
  weight: number;
}

/** A match in the text fields: one token, or several as a phrase. */
export interface TextAlternative {
  type: 'text';
  tokens: string[];
  weight: number;
  /** Boost of each text field: score = weight × Σ fieldBoosts[f] × BM25_f. */
  fieldBoosts: Record<TextField, number>;
}

/** One way of matching a clause. */
export type Alternative = NameAlternative | TextAlternative;

/** One query term, phrase or whole-query feature; scored by its best matching alternative. */
export interface Clause {
  /** What the user typed for it (for debugging and explanations). */
  source: string;
  alternatives: Alternative[];
}

/** What an engine executes. */
export interface QueryPlan<K extends DocKind = DocKind> {
  channel: string;
  kind: K;
  clauses: Clause[];
  minimumShouldMatch: number;
  /** Score per matched clause beyond minimumShouldMatch. */
  coverage: number;
  shortcuts: Clause[];
  bonuses: Clause[];
  exclusions: Alternative[];
  filters: Filters;
  sort: SortOrder;
  from: number;
  size: number;
}

/**
 * What the plan needs to know about the channel's index (stored with it at publish time,
 * core/analysis/common-words.ts): the common text words of the requested kind.
 */
export interface QueryStats {
  commonWords: ReadonlySet<string>;
}

/** No channel statistics: every word counts as distinctive. */
export const NO_STATS: QueryStats = { commonWords: new Set() };

type Weights = TermWeights & { textFields: Record<TextField, number>; kind: DocKind; stats: QueryStats };

/** Fuzzy edits allowed for a term of this length (0 = none). */
export function fuzzyEdits(term: string): 0 | 1 | 2 {
  const n = [...term].length;
  if (n < MATCHING.minFuzzyLength) return 0;
  return n >= MATCHING.twoEditsFrom ? 2 : 1;
}

function nameAlts(w: Weights, value: string, matches: MatchType[], factor = 1): NameAlternative[] {
  const out: NameAlternative[] = [];
  for (const match of matches) {
    const edits = match === 'fuzzy' ? fuzzyEdits(value) : 0;
    if (match === 'fuzzy' && edits === 0) continue;
    if (match === 'prefix' && [...value].length < MATCHING.minPrefixLength) continue;
    for (const [field, weight] of Object.entries(w[match]) as Array<[NameField, number]>) {
      out.push({ type: 'name', field, match, value, weight: weight * factor, ...(match === 'fuzzy' ? { maxEdits: edits as 1 | 2 } : {}) });
    }
  }
  return out;
}

/**
 * The clause of one ordinary word (no dot); `whole` when it is the entire query. With
 * `descriptive` (one of several plain words), a common word's name matches count
 * COMMON_WORDS.nameFactor: "tool" or "email" there describes what is wanted more than it names it.
 */
function wordClause(w: Weights, term: string, whole: boolean, factor = 1, descriptive = false): Clause {
  const toks = textTokens(term);
  const common = descriptive && toks.length === 1 && w.stats.commonWords.has(toks[0]!);
  const nameFactor = common ? COMMON_WORDS.nameFactor[w.kind] : 1;
  return {
    source: term,
    alternatives: [
      ...nameAlts(w, term, ['exact', 'prefix', 'fuzzy'], factor * nameFactor),
      ...(whole ? [{ type: 'name' as const, field: 'id' as const, match: 'exact' as const, value: term, weight: QUERY_WEIGHTS.exactId }] : []),
      ...(toks.length > 0 ? [{ type: 'text' as const, tokens: toks, weight: w.text * factor, fieldBoosts: w.textFields }] : []),
    ],
  };
}

/** A dotted word: the path itself, then each of its parts as an ordinary word. */
function dottedClauses(w: Weights, term: string): Clause[] {
  const path: Clause = {
    source: term,
    alternatives: [
      { type: 'name', field: 'id', match: 'exact', value: term, weight: QUERY_WEIGHTS.exactId },
      { type: 'name', field: 'pathPrefixes', match: 'exact', value: term, weight: QUERY_WEIGHTS.pathPrefix },
      { type: 'name', field: 'id', match: 'prefix', value: term, weight: QUERY_WEIGHTS.pathPrefix * 0.8 },
    ],
  };
  const parts = term.split('.').filter((p) => p.length > 0);
  return [path, ...parts.map((p) => wordClause(w, p, false, QUERY_WEIGHTS.dottedParts))];
}

/** A quoted phrase: exact name tokens (words written together) or the phrase in text. */
function phraseClause(w: Weights, phrase: Phrase): Clause {
  const joined = phrase.raw.replace(/ /g, '');
  return {
    source: `"${phrase.raw}"`,
    alternatives: [...nameAlts(w, joined, ['exact']), { type: 'text', tokens: phrase.tokens, weight: w.text, fieldBoosts: w.textFields }],
  };
}

const NO_BOOSTS: Record<TextField, number> = { description: 0, longDescription: 0 };

/** Exclusions of negated words and phrases: exact name tokens, path prefixes, or text. */
function exclusions(parsed: ParsedQuery): Alternative[] {
  const out: Alternative[] = [];
  const fields: NameField[] = ['id', 'leaf', 'leafTokens', 'pname', 'programs', 'module', 'moduleTokens', 'pathTokens'];
  for (const t of parsed.excludedTerms) {
    if (t.includes('.')) {
      out.push({ type: 'name', field: 'pathPrefixes', match: 'exact', value: t, weight: 0 });
      out.push({ type: 'name', field: 'id', match: 'exact', value: t, weight: 0 });
      continue;
    }
    for (const field of fields) out.push({ type: 'name', field, match: 'exact', value: t, weight: 0 });
    const toks = textTokens(t);
    if (toks.length > 0) out.push({ type: 'text', tokens: toks, weight: 0, fieldBoosts: NO_BOOSTS });
  }
  for (const toks of parsed.excludedPhrases) out.push({ type: 'text', tokens: toks, weight: 0, fieldBoosts: NO_BOOSTS });
  return out;
}

/** Build the plan of a request (`stats`: the channel's, for the request's kind). */
export function planQuery<K extends DocKind>(request: SearchRequest<K>, stats: QueryStats = NO_STATS, parsed: ParsedQuery = parseQuery(request.query)): QueryPlan<K> {
  const w: Weights = { ...TERM_WEIGHTS[request.kind], textFields: TEXT_BOOSTS_BY_KIND[request.kind], kind: request.kind, stats };
  const clauses: Clause[] = [];
  const single = parsed.terms.length === 1 && parsed.phrases.length === 0;
  const several = parsed.terms.length + parsed.phrases.length > 1;
  for (const t of parsed.terms) clauses.push(...(t.includes('.') ? dottedClauses(w, t) : [wordClause(w, t, single, 1, several)]));
  for (const p of parsed.phrases) clauses.push(phraseClause(w, p));
  const shortcuts: Clause[] = [];
  const bonuses: Clause[] = [];
  const words = parsed.words;
  if (words.length >= 2 && parsed.phrases.length === 0 && words.every((t) => !t.includes('.'))) {
    // Words written together: a name token, or a word of the text ("web server" → webserver).
    const joined = words.join('');
    const factor = parsed.terms.length * QUERY_WEIGHTS.joinedFactor;
    shortcuts.push({
      source: words.join(' '),
      alternatives: [...nameAlts(w, joined, ['exact'], factor), ...textTokens(joined).slice(0, 1).map((t) => ({ type: 'text' as const, tokens: [t], weight: w.text * factor, fieldBoosts: w.textFields }))],
    });
    const toks = words.flatMap((t) => textTokens(t));
    bonuses.push({ source: `"${words.join(' ')}"`, alternatives: [{ type: 'text', tokens: toks, weight: QUERY_WEIGHTS.textPhrase, fieldBoosts: w.textFields }] });
  }
  return {
    channel: request.channel,
    kind: request.kind,
    clauses,
    minimumShouldMatch: minimumShouldMatch(clauses.length),
    coverage: COVERAGE[request.kind],
    shortcuts,
    bonuses,
    exclusions: exclusions(parsed),
    filters: request.filters,
    sort: request.sort,
    from: request.from,
    size: request.size,
  };
}
