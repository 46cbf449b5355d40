/**
 * Typo expansion against the live index's own term dictionary. Lucene builds one Levenshtein
 * automaton per fuzzy query and field (5–15 ms each for a long word with two edits), which
 * made fuzzy alternatives most of the query time. Instead, the distinct tokens of the union
 * fuzzy field (`any.fuzzy`, union.ts) are read once per index with the `_terms_enum` API and
 * kept in memory by length; a query word is expanded here with the same bounded optimal-string-
 * alignment distance the SQLite engine uses, and Elasticsearch gets plain `terms` queries.
 * The set is the same as an uncapped Lucene fuzzy query with transpositions.
 */
import type { Client } from '@elastic/elasticsearch';
import { TypoVocabulary } from '../../analysis/typo-vocabulary';

const PAGE = 10_000;
const MAX_CACHED_EXPANSIONS = 10_000;

/** The fuzzy-matchable tokens of one index, with the expansions asked for so far. */
export class Vocabulary {
  private readonly terms: TypoVocabulary;
  private readonly cache = new Map<string, string[]>();

  constructor(
    /** The concrete index the tokens were read from. */
    readonly index: string,
    terms: string[],
  ) {
    this.terms = new TypoVocabulary(terms);
  }

  /** Tokens within maxEdits of term. */
  expand(term: string, maxEdits: number): string[] {
    const key = `${maxEdits}\u0000${term}`;
    const hit = this.cache.get(key);
    if (hit) return hit;
    const out = this.terms.within(term, maxEdits);
    if (this.cache.size >= MAX_CACHED_EXPANSIONS) this.cache.clear();
    this.cache.set(key, out);
    return out;
  }
}

/** Read every token of `field` in `index` (a concrete index name). */
export async function readTerms(client: Client, index: string, field: string): Promise<string[]> {
  const terms: string[] = [];
  let after: string | undefined;
  for (;;) {
    const page = await client.termsEnum({ index, field, size: PAGE, timeout: '30s', ...(after === undefined ? {} : { search_after: after }) });
    terms.push(...page.terms);
    if (!page.complete) throw new Error(`_terms_enum of ${index} ${field} was incomplete`);
    if (page.terms.length < PAGE) return terms;
    after = page.terms[page.terms.length - 1];
  }
}
