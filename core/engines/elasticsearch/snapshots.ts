/**
 * What a search needs to know about the index behind a read alias, read once per index: its
 * name (the search goes to that index, so statistics, vocabulary and results come from one
 * snapshot), the query statistics kept in its `_meta` (common words, written at publish), and,
 * when a query needs typo expansion, its vocabulary (vocabulary.ts). The alias is re-resolved
 * at most every RECHECK_MS; a search that finds its index deleted (a publish switched the
 * alias and removed the old one) invalidates the entry and is retried.
 */
import type { Client } from '@elastic/elasticsearch';
import type { QueryStats } from '../../query/plan';
import { parseIndexMeta } from './metadata';
import { TypoVocabulary } from '../../analysis/typo-vocabulary';
import { readTerms } from './vocabulary';

/** How long an alias → index resolution is trusted before it is checked again. */
const RECHECK_MS = 5_000;

/** The live index behind an alias. */
export interface Snapshot {
  /** The concrete index name. */
  index: string;
  /** Statistics for query plans, from the index's `_meta`. */
  stats: QueryStats;
  /** The index's fuzzy-matchable tokens (read on first use). */
  vocabulary(): Promise<TypoVocabulary>;
}

interface Entry {
  snapshot: Promise<Snapshot>;
  checkedAt: number;
}

interface MappingEntry {
  mappings?: { _meta?: { nixsearch?: unknown } };
}

/** Snapshots per read alias. */
export class SnapshotCache {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly client: Client,
    /** The union field whose tokens typo expansion reads. */
    private readonly fuzzyField: string,
  ) {}

  /** The snapshot of the index behind `alias` (index_not_found errors pass through). */
  async get(alias: string): Promise<Snapshot> {
    const now = Date.now();
    const entry = this.entries.get(alias);
    if (entry && now - entry.checkedAt < RECHECK_MS) return entry.snapshot;
    const resolved = this.resolve(alias);
    if (entry) {
      // Keep the old snapshot (and its vocabulary) when the alias still points at its index.
      const [old, fresh] = await Promise.all([entry.snapshot.catch(() => null), resolved]);
      if (old && old.index === fresh.index) {
        entry.checkedAt = now;
        return old;
      }
    }
    const snapshot = resolved.then(({ index, meta }) => this.snapshot(index, meta));
    this.entries.set(alias, { snapshot, checkedAt: now });
    snapshot.catch(() => this.entries.delete(alias));
    return snapshot;
  }

  /** Forget an alias (after a publish, or when its index has gone), or every alias. */
  invalidate(alias?: string): void {
    if (alias === undefined) this.entries.clear();
    else this.entries.delete(alias);
  }

  private snapshot(index: string, meta: unknown): Snapshot {
    const parsed = parseIndexMeta(meta);
    const stats: QueryStats = { commonWords: new Set(parsed?.commonWords ?? []) };
    let vocabulary: Promise<TypoVocabulary> | undefined;
    return {
      index,
      stats,
      vocabulary: () => {
        if (!vocabulary) {
          vocabulary = readTerms(this.client, index, this.fuzzyField).then((terms) => new TypoVocabulary(terms));
          vocabulary.catch(() => (vocabulary = undefined));
        }
        return vocabulary;
      },
    };
  }

  /** The concrete index behind the alias and its `_meta.nixsearch`, in one request. */
  private async resolve(alias: string): Promise<{ index: string; meta: unknown }> {
    const response = (await this.client.indices.get({ index: alias, features: ['mappings'] })) as unknown as
      | Record<string, MappingEntry>
      | undefined;
    const indices = Object.entries(response ?? {});
    if (indices.length !== 1) throw new Error(`alias ${alias} points at ${indices.length} indices`);
    const [index, entry] = indices[0]!;
    return { index, meta: entry.mappings?._meta?.nixsearch };
  }
}
