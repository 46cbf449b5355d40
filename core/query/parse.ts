/**
 * Parses what a user typed into words, quoted phrases and negations. Any string is valid:
 * characters with a meaning in Lucene, SQL or FTS5 syntax are separators here, so nothing the
 * user types ever reaches an engine as syntax. The input is cut to SEARCH_LIMITS.maxQueryLength.
 */
import { SEARCH_LIMITS } from '../search/types';
import { MATCHING } from '../ranking';
import { isStopWord, normalise, textTokens } from '../analysis/tokens';

/** A quoted phrase. */
export interface Phrase {
  /** Normalised words joined by one space, unstemmed (for exact name matches). */
  raw: string;
  /** Stemmed text tokens (for phrase matches in text). */
  tokens: string[];
}

/** A parsed query. All strings are normalised (NFKC, lowercase). */
export interface ParsedQuery {
  /** Positive words, e.g. "nginx", "systemd-boot", "services.nginx" (stop words dropped unless only they remain). */
  terms: string[];
  /** Positive words as typed, stop words included (for "words written together" matches). */
  words: string[];
  /** Positive quoted phrases: the normalised text and its stemmed text tokens. */
  phrases: Phrase[];
  /** Negated words (`-word`). */
  excludedTerms: string[];
  /** Negated phrases (`-"some words"`), as stemmed text tokens. */
  excludedPhrases: string[][];
}

/** Characters kept inside a word; everything else separates words. */
const WORD_RUN = /[\p{L}\p{M}\p{N}._+-]+/gu;
/** Leading and trailing punctuation trimmed off a word ("services.nginx." → "services.nginx"). */
const EDGE_PUNCT = /^[._+-]+|[._-]+$/gu;

/** Words of a raw fragment: separators split, edge punctuation trimmed, empties dropped. */
function words(fragment: string): string[] {
  return (normalise(fragment).match(WORD_RUN) ?? []).map((w) => w.replace(EDGE_PUNCT, '')).filter((w) => w.length > 0);
}

interface Piece {
  negated: boolean;
  quoted: boolean;
  text: string;
}

/** Split raw input into pieces: quoted runs (an unclosed quote runs to the end) and bare runs, each maybe negated. */
function pieces(input: string): Piece[] {
  const out: Piece[] = [];
  let i = 0;
  while (i < input.length) {
    const c = input[i]!;
    if (/\s/u.test(c)) {
      i++;
      continue;
    }
    let negated = false;
    if (c === '-' && i + 1 < input.length && !/\s/u.test(input[i + 1]!)) {
      negated = true;
      i++;
    }
    if (input[i] === '"') {
      const end = input.indexOf('"', i + 1);
      const stop = end < 0 ? input.length : end;
      out.push({ negated, quoted: true, text: input.slice(i + 1, stop) });
      i = stop + 1;
      continue;
    }
    let j = i;
    while (j < input.length && !/\s/u.test(input[j]!) && input[j] !== '"') j++;
    out.push({ negated, quoted: false, text: input.slice(i, j) });
    i = j;
  }
  return out;
}

/** Parse a raw query string. Never throws. */
export function parseQuery(raw: string): ParsedQuery {
  const input = [...(raw ?? '')].slice(0, SEARCH_LIMITS.maxQueryLength).join('');
  const terms: string[] = [];
  const phrases: Phrase[] = [];
  const excludedTerms: string[] = [];
  const excludedPhrases: string[][] = [];
  for (const p of pieces(input)) {
    if (p.quoted) {
      // A quoted word or phrase matches exactly: no prefix or fuzzy alternatives.
      const toks = textTokens(p.text);
      if (toks.length === 0) continue;
      if (p.negated) excludedPhrases.push(toks);
      else phrases.push({ raw: words(p.text).join(' '), tokens: toks });
      continue;
    }
    for (const w of words(p.text)) (p.negated ? excludedTerms : terms).push(w);
  }
  const meaningful = terms.filter((t) => !isStopWord(t));
  const kept = meaningful.length > 0 || phrases.length > 0 ? meaningful : terms;
  return {
    terms: dedupe(kept).slice(0, MATCHING.maxTerms),
    words: terms.slice(0, MATCHING.maxTerms * 2),
    phrases: phrases.slice(0, MATCHING.maxTerms),
    excludedTerms: dedupe(excludedTerms).slice(0, MATCHING.maxTerms),
    excludedPhrases: excludedPhrases.slice(0, MATCHING.maxTerms),
  };
}

function dedupe(xs: string[]): string[] {
  return [...new Set(xs)];
}
