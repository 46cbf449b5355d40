/**
 * Common words of a channel: text tokens found in the `description` of many documents of a
 * kind ("tool", "server", "client"), computed at publish time from the analysed tokens and
 * stored with the index, so every engine plans a query with the same list (core/query/plan.ts
 * weakens a common word's name matches in queries of several words). Thresholds: COMMON_WORDS
 * in core/ranking.ts.
 */
import { COMMON_WORDS } from '../ranking';

/** Counts in how many documents' descriptions each token occurs. */
export class CommonWordCounter {
  private readonly df = new Map<string, number>();
  private documents = 0;

  /** Add one document's description tokens. */
  add(descriptionTokens: readonly string[]): void {
    this.documents++;
    for (const t of new Set(descriptionTokens)) this.df.set(t, (this.df.get(t) ?? 0) + 1);
  }

  /** The common tokens, sorted: in more than COMMON_WORDS.share of the documents and at least COMMON_WORDS.minDocuments. */
  build(): string[] {
    const threshold = Math.max(COMMON_WORDS.minDocuments, COMMON_WORDS.share * this.documents);
    return [...this.df].filter(([, n]) => n > threshold).map(([t]) => t).sort();
  }
}
