/**
 * Open channel databases for serving: read-only handles, reopened when the file on disk is
 * replaced by a publish (checked with a cheap stat per request), with the name index loaded.
 */
import Database from 'better-sqlite3';
import { statSync, type Stats } from 'node:fs';
import { SCHEMA_VERSION } from '@/core/documents/types';
import { channelMetaSchema, type ChannelMeta } from '@/core/metadata/manifest';
import { EngineUnavailableError, UnknownChannelError } from '@/core/search/errors';
import { OPTION_FACETS, PACKAGE_FACETS } from '@/core/search/types';
import type { DocKind } from '@/core/documents/types';
import type { QueryStats } from '@/core/query/plan';
import { deserialiseNameIndex, type NameIndex } from './name-index';
import { CHANNEL_ID, LAYOUT_VERSION, channelFile } from './schema';

/** Channel metadata stored in a database. */
export interface LiveMeta {
  channel: ChannelMeta;
  contentHash: string;
  layout: number;
  schemaVersion: number;
  counts: { packages: number; options: number };
  optionCounts: Record<string, number>;
  publishedAt: string;
  /** The analysis that built the file (core/analysis/version.ts); "" for files from before it was recorded. */
  analysis: string;
  /** Common description words per kind (core/analysis/common-words.ts); empty when not recorded. */
  commonWords: Record<DocKind, string[]>;
}

/** One open channel database. */
export interface OpenChannel {
  db: Database.Database;
  meta: LiveMeta;
  index: Record<DocKind, NameIndex>;
  /** What query plans need to know about this channel, per kind. */
  stats: Record<DocKind, QueryStats>;
  /** Identity of the file this handle was opened from. */
  fileId: string;
}

function fileIdOf(s: Stats): string {
  return `${s.dev}:${s.ino}:${s.mtimeMs}:${s.size}`;
}

function readMeta(db: Database.Database): LiveMeta {
  const rows = db.prepare('SELECT key, value FROM meta').all() as Array<{ key: string; value: string }>;
  const m = new Map(rows.map((r) => [r.key, r.value]));
  const need = (k: string) => {
    const v = m.get(k);
    if (v === undefined) throw new Error(`meta.${k} missing`);
    return v;
  };
  return {
    channel: channelMetaSchema.parse(JSON.parse(need('channel'))),
    contentHash: need('contentHash'),
    layout: Number(need('layout')),
    schemaVersion: Number(db.pragma('user_version', { simple: true })),
    counts: JSON.parse(need('counts')) as LiveMeta['counts'],
    optionCounts: JSON.parse(need('optionCounts')) as Record<string, number>,
    publishedAt: need('publishedAt'),
    analysis: m.get('analysis') ?? '',
    commonWords: { package: [], option: [], ...(JSON.parse(m.get('commonWords') ?? '{}') as Partial<Record<DocKind, string[]>>) },
  };
}

/** Metadata of the live database at path, or null when there is none or it is unreadable. */
export function readLiveMeta(path: string): LiveMeta | null {
  let db: Database.Database | undefined;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
    return readMeta(db);
  } catch {
    return null;
  } finally {
    db?.close();
  }
}

/** Keeps one read-only handle per channel and swaps it when the file changes. */
export class ChannelStore {
  private readonly open = new Map<string, OpenChannel>();

  constructor(private readonly dir: string) {}

  /** The open channel; UnknownChannelError when no database exists for it. */
  get(channel: string): OpenChannel {
    if (!CHANNEL_ID.test(channel)) throw new UnknownChannelError(channel);
    const path = channelFile(this.dir, channel);
    let stat: Stats;
    try {
      stat = statSync(path);
    } catch {
      this.drop(channel);
      throw new UnknownChannelError(channel);
    }
    const id = fileIdOf(stat);
    const cached = this.open.get(channel);
    if (cached && cached.fileId === id) return cached;
    const fresh = this.load(path, id, channel);
    this.drop(channel);
    this.open.set(channel, fresh);
    return fresh;
  }

  private load(path: string, fileId: string, channel: string): OpenChannel {
    let db: Database.Database | undefined;
    try {
      db = new Database(path, { readonly: true, fileMustExist: true });
      const meta = readMeta(db);
      if (meta.schemaVersion !== SCHEMA_VERSION || meta.layout !== LAYOUT_VERSION) {
        throw new EngineUnavailableError(
          `The database of channel "${channel}" has schema ${meta.schemaVersion}/layout ${meta.layout}; this build needs ${SCHEMA_VERSION}/${LAYOUT_VERSION}. Re-run \`npm run index -- load\`.`,
        );
      }
      const parts = (kind: DocKind) =>
        new Map(
          (db!.prepare('SELECT part, data FROM name_index WHERE kind = ?').all(kind) as Array<{ part: string; data: Buffer }>).map(
            (r) => [r.part, r.data],
          ),
        );
      const index = {
        package: deserialiseNameIndex(parts('package'), PACKAGE_FACETS),
        option: deserialiseNameIndex(parts('option'), OPTION_FACETS),
      };
      const stats = {
        package: { commonWords: new Set(meta.commonWords.package) },
        option: { commonWords: new Set(meta.commonWords.option) },
      };
      return { db, meta, index, stats, fileId };
    } catch (error) {
      db?.close();
      if (error instanceof EngineUnavailableError) throw error;
      throw new EngineUnavailableError(`Cannot open the database of channel "${channel}": ${(error as Error).message}`, { cause: error });
    }
  }

  private drop(channel: string): void {
    const c = this.open.get(channel);
    if (c) {
      c.db.close();
      this.open.delete(channel);
    }
  }

  /** Close every handle. */
  closeAll(): void {
    for (const c of this.open.keys()) this.drop(c);
  }
}
