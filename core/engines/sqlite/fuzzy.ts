/**
 * Typo expansion for the SQLite engine: the name tokens within an edit distance of a query
 * word, from the vocabulary of the in-memory name index (core/analysis/typo-vocabulary.ts).
 */
import { TypoVocabulary } from '@/core/analysis/typo-vocabulary';
import { NAME_FIELDS } from '@/core/ranking';
import type { NameIndex } from './name-index';

/** Fields that fuzzy alternatives search (ids and path prefixes are never fuzzy-matched). */
const FUZZY_FIELDS = NAME_FIELDS.filter((f) => f !== 'id' && f !== 'pathPrefixes');

const vocabularies = new WeakMap<NameIndex, TypoVocabulary>();

function vocabulary(index: NameIndex): TypoVocabulary {
  let v = vocabularies.get(index);
  if (!v) {
    v = new TypoVocabulary(FUZZY_FIELDS.flatMap((f) => [...index.fields[f].terms]));
    vocabularies.set(index, v);
  }
  return v;
}

/** Name tokens within maxEdits of term. */
export function fuzzyTerms(index: NameIndex, term: string, maxEdits: number): string[] {
  return vocabulary(index).within(term, maxEdits);
}
