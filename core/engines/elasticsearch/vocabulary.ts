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
import { boundedEditDistance } from '../../analysis/edit-distance';

const PAGE = 10_000;
const MAX_CACHED_EXPANSIONS = 10_000;

/** Bit i set when the string has a character whose code is i modulo 32. */
function charMask(s: string): number {
  let m = 0;
  for (let i = 0; i < s.length; i++) m |= 1 << (s.charCodeAt(i) & 31);
  return m >>> 0;
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** The fuzzy-matchable tokens of one index. */
export class Vocabulary {
  private readonly byLength = new Map<number, { terms: string[]; masks: Uint32Array }>();
  private readonly cache = new Map<string, string[]>();

  constructor(
    /** The concrete index the tokens were read from. */
    readonly index: string,
    terms: string[],
  ) {
    const lists = new Map<number, string[]>();
    for (const t of terms) {
      const list = lists.get(t.length);
      if (list) list.push(t);
      else lists.set(t.length, [t]);
    }
    for (const [len, list] of lists) this.byLength.set(len, { terms: list, masks: Uint32Array.from(list, charMask) });
  }

  /** Tokens within maxEdits of term. One edit changes the set of characters by at most two. */
  expand(term: string, maxEdits: number): string[] {
    const key = `${maxEdits}\u0000${term}`;
    const hit = this.cache.get(key);
    if (hit) return hit;
    const mask = charMask(term);
    const out: string[] = [];
    for (let len = term.length - maxEdits; len <= term.length + maxEdits; len++) {
      const bucket = this.byLength.get(len);
      if (!bucket) continue;
      const { terms, masks } = bucket;
      for (let i = 0; i < terms.length; i++) {
        if (popcount((masks[i]! ^ mask) >>> 0) > 2 * maxEdits) continue;
        if (boundedEditDistance(term, terms[i]!, maxEdits) <= maxEdits) out.push(terms[i]!);
      }
    }
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
