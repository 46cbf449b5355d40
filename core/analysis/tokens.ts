/**
 * Tokenisation rules shared by every engine. Both backends index the token lists produced
 * here verbatim (Elasticsearch with keyword / whitespace fields, SQLite with its own tables and
 * an FTS5 index whose tokenizer only re-splits on whitespace-like boundaries), so a token
 * that one engine sees, the other sees too. Change a rule here and both engines move.
 */
import { STOP_WORDS } from '../ranking';
import { porterStem } from './porter';

const SEPARATORS = /[^\p{L}\p{M}\p{N}]+/u;
const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/** Lowercase with Unicode compatibility normalisation (full-width letters, ligatures). */
export function normalise(s: string): string {
  // NFKC leaves ASCII unchanged; skipping it there makes indexing much faster.
  return ASCII.test(s) ? s.toLowerCase() : s.normalize('NFKC').toLowerCase();
}

const ASCII = /^[\x00-\x7f]*$/;

/** Split a camelCase piece at case changes, keeping acronyms whole: allowedTCPPorts → allowed, TCP, Ports. */
function camelPieces(part: string): string[] {
  return part
    .replace(/([\p{Ll}\p{N}])(\p{Lu})/gu, '$1 $2')
    .replace(/(\p{Lu})(\p{Lu}\p{Ll})/gu, '$1 $2')
    .split(' ')
    .filter((p) => p.length > 0);
}

/** Split at letter/digit boundaries: python312 → python, 312. */
function alnumPieces(piece: string): string[] {
  return piece.match(/\p{N}+|[^\p{N}]+/gu) ?? [];
}

/**
 * The tokens of one identifier segment (an attribute-path or option-path segment, a pname,
 * a program name): the whole segment, the segment with separators removed, its parts split
 * on `-`/`_`/other separators, camelCase pieces and letter/digit pieces, all lowercase.
 * `python312Packages` → python312packages, python312, packages, python, 312. The array is
 * shared (memoised): copy it before changing it.
 */
export function identifierTokens(segment: string): string[] {
  // Segments repeat a lot (python312Packages, services, enable): memoised, bounded.
  const cached = tokenCache.get(segment);
  if (cached) return cached;
  const tokens = computeIdentifierTokens(segment);
  if (tokenCache.size >= TOKEN_CACHE_SIZE) tokenCache.clear();
  tokenCache.set(segment, tokens);
  return tokens;
}

const TOKEN_CACHE_SIZE = 400_000;
const tokenCache = new Map<string, string[]>();

function computeIdentifierTokens(segment: string): string[] {
  const out = new Set<string>();
  const whole = normalise(segment);
  if (whole) out.add(whole);
  const parts = segment.normalize('NFKC').split(SEPARATORS).filter((p) => p.length > 0);
  if (parts.length > 1) out.add(normalise(parts.join('')));
  for (const part of parts) {
    out.add(normalise(part));
    for (const piece of camelPieces(part)) {
      out.add(normalise(piece));
      for (const sub of alnumPieces(piece)) out.add(normalise(sub));
    }
  }
  out.delete('');
  return [...out];
}

/** Path prefixes of a dotted name, lowercase: services.nginx.enable → services, services.nginx, services.nginx.enable (documents index all but the last, which is their id). */
export function pathPrefixes(segments: readonly string[]): string[] {
  const out: string[] = [];
  let acc = '';
  for (const seg of segments) {
    acc = acc ? `${acc}.${normalise(seg)}` : normalise(seg);
    out.push(acc);
  }
  return out;
}

/** English stemmer for text words (Porter), applied at index and query time: "managing" and "management" meet. */
export function stem(token: string): string {
  // Words repeat a lot across descriptions: memoised, bounded.
  let out = stemCache.get(token);
  if (out === undefined) {
    out = porterStem(token);
    if (stemCache.size >= STEM_CACHE_SIZE) stemCache.clear();
    stemCache.set(token, out);
  }
  return out;
}

const STEM_CACHE_SIZE = 200_000;
const stemCache = new Map<string, string>();

/** Words of free text, lowercase and stemmed, in order (stop words kept, for phrases). */
export function textTokens(text: string): string[] {
  return wordsOf(normalise(text));
}

function wordsOf(normalised: string): string[] {
  return (normalised.match(WORD) ?? []).map(stem);
}

/**
 * Words of free text as indexed: textTokens, then the hyphenated compounds written together
 * ("e-mail" → email, "key-value" → keyvalue) at the end, so phrases keep their positions.
 * Queries use textTokens.
 */
export function indexTextTokens(text: string): string[] {
  const norm = normalise(text);
  const words = wordsOf(norm);
  const compounds = norm.match(/[\p{L}\p{M}\p{N}]+(?:-[\p{L}\p{M}\p{N}]+)+/gu) ?? [];
  for (const c of compounds) words.push(stem(c.replace(/-/g, '')));
  return words;
}

/** True for words that carry no meaning on their own ("in", "the", …). */
export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word);
}
