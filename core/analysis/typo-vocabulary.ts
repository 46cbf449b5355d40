/**
 * Typo expansion by scanning a vocabulary instead of a Levenshtein automaton: the tokens
 * within an edit distance of a query word (the same set as Lucene's fuzzy query with
 * transpositions). Both engines expand typos with it — SQLite over its in-memory name index,
 * Elasticsearch over the terms `_terms_enum` reads — so both see the same alternatives.
 */
import { boundedEditDistance } from './edit-distance';

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

/** Expansions kept per vocabulary; the cache is dropped whole when full (queries repeat). */
const MAX_CACHED_EXPANSIONS = 10_000;

/** Distinct tokens by length, each with a bit mask of the characters it contains. */
export class TypoVocabulary {
  private readonly byLength = new Map<number, { terms: string[]; masks: Uint32Array }>();
  private readonly cache = new Map<string, string[]>();

  constructor(terms: Iterable<string>) {
    const lists = new Map<number, string[]>();
    for (const t of new Set(terms)) {
      const list = lists.get(t.length);
      if (list) list.push(t);
      else lists.set(t.length, [t]);
    }
    for (const [len, list] of lists) this.byLength.set(len, { terms: list, masks: Uint32Array.from(list, charMask) });
  }

  /**
   * Tokens within maxEdits of term. One edit changes the set of characters present by at
   * most two, so a letter-mask test discards most candidates before the distance is computed.
   */
  within(term: string, maxEdits: number): string[] {
    const key = `${maxEdits}\u0000${term}`;
    let out = this.cache.get(key);
    if (!out) {
      out = this.scan(term, maxEdits);
      if (this.cache.size >= MAX_CACHED_EXPANSIONS) this.cache.clear();
      this.cache.set(key, out);
    }
    return out;
  }

  private scan(term: string, maxEdits: number): string[] {
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
    return out;
  }
}
