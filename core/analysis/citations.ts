/**
 * Citations: how often the channel's other documents name a package as a proper noun in
 * their text ("Prometheus exporter for Dovecot", "Jellyfin Desktop Client"). The data has
 * no download counts; being named by many other packages and modules is the channel's own
 * popularity signal. Proper nouns only (a capital letter, not at the start of a sentence), so
 * packages named after ordinary words (`file`, `which`, `time`) are not counted whenever the
 * word is used.
 */
import { normalise } from './tokens';

const NAME_WORD = /[\p{L}\p{N}]+(?:[-_][\p{L}\p{N}]+)*/gu;
const SENTENCE_END = /[.!?:;([{"'*\u2022\u2013\u2014-]/;
const UPPER_FIRST = /^\p{Lu}/u;
const SPACE = /\s/;

/**
 * Words written as proper nouns in running text, lowercase: a capital first letter, not at the
 * start of the text or after a sentence or list mark ("Prometheus exporter for Dovecot" →
 * dovecot; "GIMP plugin" → none).
 */
export function properNames(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(NAME_WORD)) {
    const w = m[0];
    const first = w.charCodeAt(0);
    // Fast path: ASCII lowercase letters and digits never start a proper noun.
    if ((first >= 97 && first <= 122) || (first >= 48 && first <= 57)) continue;
    if (!UPPER_FIRST.test(w)) continue;
    let i = m.index - 1;
    while (i >= 0 && SPACE.test(text[i]!)) i--;
    if (i < 0 || SENTENCE_END.test(text[i]!)) continue;
    out.add(normalise(w));
  }
  return out;
}

/** Counts, per name, the distinct citers whose text writes it as a proper noun. */
export class CitationCounter {
  private readonly counts = new Map<string, number>();
  private readonly pairs = new Set<string>();

  /**
   * Record the names `texts` cite, once per citer (a pname, an option module): the copies of
   * one package in several package sets (python311Packages.foo, python312Packages.foo) and
   * the options of one module are one citer. Names in `except` (the citer's own) are skipped.
   */
  add(texts: readonly string[], citer: string, except: ReadonlySet<string>): void {
    const names = new Set<string>();
    for (const t of texts) for (const name of properNames(t)) names.add(name);
    for (const name of names) {
      if (except.has(name)) continue;
      const pair = `${name}\u0000${citer}`;
      if (this.pairs.has(pair)) continue;
      this.pairs.add(pair);
      this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
    }
  }

  /** Citation counts of the names that are in `names` (package names). */
  build(names: ReadonlySet<string>): Map<string, number> {
    const out = new Map<string, number>();
    for (const [name, n] of this.counts) if (names.has(name)) out.set(name, n);
    return out;
  }
}
