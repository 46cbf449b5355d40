/**
 * Which analysis built an index. Publishing skips a channel whose content hash is already
 * live only when the live index was also built by this analysis, so a change of tokens, text
 * expansion or static boosts is picked up by a plain `npm run index -- load`.
 */
import { ACRONYMS, COMMON_WORDS, STATIC_WEIGHTS } from '../ranking';

/** Bump with every change to core/analysis that changes what is indexed. */
export const ANALYSIS_VERSION = 2;

/** 32-bit FNV-1a of a string, hex. */
function fnv1a(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/** ANALYSIS_VERSION and a hash of the index-time weights (core/ranking.ts): changing either rebuilds on the next publish. */
export const ANALYSIS_FINGERPRINT = `${ANALYSIS_VERSION}-${fnv1a(JSON.stringify({ STATIC_WEIGHTS, ACRONYMS, COMMON_WORDS }))}`;
