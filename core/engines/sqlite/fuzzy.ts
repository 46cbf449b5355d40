/**
 * Typo expansion for the SQLite engine: the name tokens within an edit distance of a query
 * word, found by scanning the vocabulary (by length, with a letter-mask filter) instead of a
 * Levenshtein automaton. Same set as Lucene's fuzzy query with transpositions.
 */
import { boundedEditDistance } from '@/core/analysis/edit-distance';
import { NAME_FIELDS } from '@/core/ranking';
import type { NameIndex } from './name-index';

/** Fields that fuzzy alternatives search (ids and path prefixes are never fuzzy-matched). */
const FUZZY_FIELDS = NAME_FIELDS.filter((f) => f !== 'id' && f !== 'pathPrefixes');

/** Distinct name tokens by length, each with a bit mask of the characters it contains. */
type Vocabulary = Map<number, { terms: string[]; masks: Uint32Array }>;

const vocabularies = new WeakMap<NameIndex, Vocabulary>();

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

function vocabulary(index: NameIndex): Vocabulary {
  let v = vocabularies.get(index);
  if (!v) {
    const all = new Set<string>();
    for (const f of FUZZY_FIELDS) for (const t of index.fields[f].terms) all.add(t);
    const lists = new Map<number, string[]>();
    for (const t of all) {
      const list = lists.get(t.length);
      if (list) list.push(t);
      else lists.set(t.length, [t]);
    }
    v = new Map();
    for (const [len, terms] of lists) v.set(len, { terms, masks: Uint32Array.from(terms, charMask) });
    vocabularies.set(index, v);
  }
  return v;
}

/**
 * Name tokens within maxEdits of term. One edit changes the set of characters present by at
 * most two, so a letter-mask test discards most candidates before the distance is computed.
 */
export function fuzzyTerms(index: NameIndex, term: string, maxEdits: number): string[] {
  const vocab = vocabulary(index);
  const mask = charMask(term);
  const out: string[] = [];
  for (let len = term.length - maxEdits; len <= term.length + maxEdits; len++) {
    const bucket = vocab.get(len);
    if (!bucket) continue;
    const { terms, masks } = bucket;
    for (let i = 0; i < terms.length; i++) {
      if (popcount((masks[i]! ^ mask) >>> 0) > 2 * maxEdits) continue;
      if (boundedEditDistance(term, terms[i]!, maxEdits) <= maxEdits) out.push(terms[i]!);
    }
  }
  return out;
}
