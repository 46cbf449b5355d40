/**
 * Acronyms the channel defines itself. Descriptions often spell an acronym out once
 * ("virtual private network (VPN)", "CUPS (Common Unix Printing System)"); other documents
 * then use only one of the two forms ("a mesh VPN"). The definitions are mined from the
 * channel's own text (never a hand-written list), and a document's text is completed with the
 * other form, at index time, so every engine sees the same tokens:
 *   - a document writing the acronym in capitals (VPN, VPNs) also holds the words it stands for;
 *   - a document holding the words as a phrase also holds the acronym.
 * Only acronyms of at least ACRONYMS.minLength letters that at least ACRONYMS.minDefinitions
 * documents define, with one dominant expansion, are used.
 */
import { ACRONYMS, STOP_WORDS } from '../ranking';
import { stem, textTokens } from './tokens';

/** Acronym (lowercase) → the stemmed words it stands for. */
export type AcronymTable = ReadonlyMap<string, readonly string[]>;

// "(VPN)" or "(VPNs)" after the words it abbreviates.
const ACRONYM_AFTER = /\(\s*(\p{Lu}{2,12})s?\s*\)/gu;
// "VPN (Virtual Private Network)": the acronym before its words.
const ACRONYM_BEFORE = /(?<![\p{L}\p{N}])(\p{Lu}{2,12})s?\s+\(([^()]{3,120})\)/gu;
const WORD = /[\p{L}\p{N}]+/gu;
const CAPITALS = /(?<![\p{L}\p{N}])(\p{Lu}{2,12})s?(?![\p{L}\p{N}])/gu;

/**
 * The words whose initials spell `acronym`, lowercase: the last words of `words` (`fromEnd`,
 * "… virtual private network (VPN)") or the first ones ("VPN (virtual private network)").
 * Stop words inside may give a letter or be skipped ("Software Bill of Materials" → SBOM,
 * "Simple Authentication and Security Layer" → SASL). Null when no run of words spells it.
 */
export function spelledBy(acronym: string, words: readonly string[], fromEnd: boolean): string[] | null {
  const letters = [...acronym.toLowerCase()];
  const order = (fromEnd ? [...words].reverse() : [...words]).map((w) => w.toLowerCase());
  if (fromEnd) letters.reverse();
  const picked: string[] = [];
  // Depth-first: at word i with letter k next; stop words may also be skipped (bounded by the word count).
  const walk = (i: number, k: number): boolean => {
    if (k === letters.length) return true;
    const w = order[i];
    if (w === undefined) return false;
    picked.push(w);
    if (w[0] === letters[k] && walk(i + 1, k + 1)) return true;
    if (k > 0 && STOP_WORDS.has(w) && walk(i + 1, k)) return true;
    picked.pop();
    return false;
  };
  if (!walk(0, 0)) return null;
  return fromEnd ? picked.reverse() : picked;
}

/** Collects acronym definitions from text; build() keeps the reliable ones. */
export class AcronymMiner {
  /** acronym → expansion (space-joined lowercase words) → documents defining it so. */
  private readonly seen = new Map<string, Map<string, number>>();

  /** Record the definitions one document's text makes (each counted once per document). */
  add(text: string): void {
    if (!text.includes('(')) return;
    const found = new Map<string, string>();
    for (const m of text.matchAll(ACRONYM_AFTER)) {
      const before = text.slice(Math.max(0, m.index - 160), m.index).match(WORD) ?? [];
      const words = spelledBy(m[1]!, before, true);
      if (words) found.set(m[1]!.toLowerCase(), words.join(' '));
    }
    for (const m of text.matchAll(ACRONYM_BEFORE)) {
      const inside = m[2]!.match(WORD) ?? [];
      const words = spelledBy(m[1]!, inside, false);
      if (words && words.length === inside.length) found.set(m[1]!.toLowerCase(), words.join(' '));
    }
    for (const [acronym, expansion] of found) {
      let byExpansion = this.seen.get(acronym);
      if (!byExpansion) this.seen.set(acronym, (byExpansion = new Map()));
      byExpansion.set(expansion, (byExpansion.get(expansion) ?? 0) + 1);
    }
  }

  /** Acronyms defined often enough, by one dominant expansion. */
  build(): AcronymTable {
    const out = new Map<string, string[]>();
    for (const [acronym, byExpansion] of this.seen) {
      if (acronym.length < ACRONYMS.minLength) continue;
      let total = 0;
      let best = '';
      let bestCount = 0;
      for (const [expansion, n] of byExpansion) {
        total += n;
        if (n > bestCount) [best, bestCount] = [expansion, n];
      }
      if (bestCount < ACRONYMS.minDefinitions || bestCount < ACRONYMS.dominance * total) continue;
      out.set(acronym, textTokens(best));
    }
    return out;
  }
}

/**
 * Tokens to add to a text field: the expansions of the acronyms `text` writes in capitals, and
 * the acronyms whose expansions `tokens` (the field's stemmed words) hold as a phrase.
 */
export function acronymTokens(text: string, tokens: readonly string[], table: AcronymTable): string[] {
  if (table.size === 0) return [];
  const out: string[] = [];
  const done = new Set<string>();
  for (const m of text.matchAll(CAPITALS)) {
    const acronym = m[1]!.toLowerCase();
    const words = table.get(acronym);
    if (!words || done.has(acronym)) continue;
    done.add(acronym);
    // Already spelled out here: the phrase and the acronym are both present.
    if (!containsPhrase(tokens, words)) out.push(...words);
  }
  const byFirst = phraseStarts(table);
  for (let i = 0; i < tokens.length; i++) {
    const candidates = byFirst.get(tokens[i]!);
    if (!candidates) continue;
    for (const [acronym, words] of candidates) {
      if (done.has(acronym) || !startsWith(tokens, i, words)) continue;
      done.add(acronym);
      if (!tokens.includes(stem(acronym))) out.push(stem(acronym));
    }
  }
  return out;
}

function startsWith(tokens: readonly string[], at: number, words: readonly string[]): boolean {
  if (at + words.length > tokens.length) return false;
  for (let k = 0; k < words.length; k++) if (tokens[at + k] !== words[k]) return false;
  return true;
}

function containsPhrase(tokens: readonly string[], words: readonly string[]): boolean {
  for (let i = 0; i + words.length <= tokens.length; i++) if (startsWith(tokens, i, words)) return true;
  return false;
}

const starts = new WeakMap<AcronymTable, Map<string, Array<[string, readonly string[]]>>>();

/** The table by the first word of each expansion, cached per table (it is read for every document). */
function phraseStarts(table: AcronymTable): Map<string, Array<[string, readonly string[]]>> {
  let map = starts.get(table);
  if (!map) {
    map = new Map();
    for (const [acronym, words] of table) {
      if (words.length === 0) continue;
      const list = map.get(words[0]!);
      if (list) list.push([acronym, words]);
      else map.set(words[0]!, [[acronym, words]]);
    }
    starts.set(table, map);
  }
  return map;
}
