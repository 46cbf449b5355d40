/**
 * Typo expansion against the live index's own term dictionary. Lucene builds one Levenshtein
 * automaton per fuzzy query and field (5–15 ms each for a long word with two edits), which
 * made fuzzy alternatives most of the query time. Instead, the distinct tokens of the union
 * fuzzy field (`any.fuzzy`, union.ts) are read once per index with the `_terms_enum` API and
 * kept in memory (core/analysis/typo-vocabulary.ts, the expansion the SQLite engine uses too),
 * and Elasticsearch gets plain `terms` queries.
 * The set is the same as an uncapped Lucene fuzzy query with transpositions.
 */
import type { Client } from '@elastic/elasticsearch';

const PAGE = 10_000;

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
