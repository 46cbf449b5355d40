/**
 * Publishing a channel into SQLite: build a complete database in a temporary file beside the
 * live one, then rename it into place (atomic on POSIX). Readers that still hold the old file
 * keep reading it; a failed or killed publish leaves the live file untouched.
 */
import Database from 'better-sqlite3';
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ANALYSIS_FINGERPRINT, type AnalysedDoc } from '@/core/analysis';
import { optionFacets, packageFacets } from '@/core/documents/facets';
import { SCHEMA_VERSION, type DocKind, type DocOf } from '@/core/documents/types';
import type { PublishInput, PublishOptions, PublishResult } from '@/core/search/engine';
import { PublishError } from '@/core/search/errors';
import { OPTION_FACETS, PACKAGE_FACETS } from '@/core/search/types';
import { TEXT_FIELDS } from '@/core/ranking';
import { NameIndexBuilder, serialiseNameIndex } from './name-index';
import { CREATE_INDEXES, CREATE_TABLES, LAYOUT_VERSION, TABLES, channelFile } from './schema';
import { readLiveMeta } from './store';
import { analysedDocuments, assertComplete, channelContext, commonWordCounters } from '../analysed-documents';
import { publishableCounts } from '../publishable';

const PROGRESS_EVERY = 2000;

/** Remove temporary files left by killed publishes of this channel (their process is gone). */
function removeStaleTemps(dir: string, channel: string): void {
  for (const f of readdirSync(dir)) {
    const m = new RegExp(`^\\.${channel.replace(/[.]/g, '\\.')}\\.(\\d+)\\.[0-9a-z]+\\.tmp(-journal)?$`).exec(f);
    if (!m) continue;
    const pid = Number(m[1]);
    let alive = true;
    try {
      process.kill(pid, 0);
    } catch {
      alive = false;
    }
    if (!alive) rmSync(join(dir, f), { force: true });
  }
}

/** Build and switch one channel. */
export async function publishChannel(dir: string, input: PublishInput, options: PublishOptions = {}): Promise<PublishResult> {
  const started = Date.now();
  const { manifest } = input;
  const channel = manifest.channel;
  const expected = publishableCounts(manifest);
  mkdirSync(dir, { recursive: true });
  const live = channelFile(dir, channel.id);
  if (!options.force) {
    const meta = readLiveMeta(live);
    const same =
      meta?.contentHash === manifest.contentHash && meta.layout === LAYOUT_VERSION && meta.schemaVersion === SCHEMA_VERSION && meta.analysis === ANALYSIS_FINGERPRINT;
    if (meta && same) {
      return { published: false, channel: meta.channel, counts: meta.counts, durationMs: Date.now() - started };
    }
  }
  removeStaleTemps(dir, channel.id);
  const temp = join(dir, `.${channel.id}.${process.pid}.${Math.random().toString(36).slice(2, 10)}.tmp`);
  let db: Database.Database | undefined;
  try {
    db = new Database(temp);
    db.pragma('journal_mode = OFF');
    db.pragma('synchronous = OFF');
    db.pragma('cache_size = -200000');
    db.exec(CREATE_TABLES);
    const check = () => {
      if (options.signal?.aborted) throw new PublishError(`Publishing ${channel.id} was aborted`, { cause: options.signal.reason });
    };

    const boost = await channelContext(input, check);
    const common = commonWordCounters();
    const pkgBuilder = new NameIndexBuilder(PACKAGE_FACETS);
    const packages = await loadKind(db, 'package', analysedDocuments('package', input.packages(), boost, common.package), packageFacets, pkgBuilder, expected.packages, options, check);
    const optBuilder = new NameIndexBuilder(OPTION_FACETS);
    const opts = await loadKind(db, 'option', analysedDocuments('option', input.options(), boost, common.option), optionFacets, optBuilder, expected.options, options, check);
    assertComplete(channel.id, expected, { packages, options: opts });
    check();
    const putPart = db.prepare('INSERT INTO name_index (kind, part, data) VALUES (?, ?, ?)');
    db.transaction(() => {
      for (const [part, data] of serialiseNameIndex(pkgBuilder.build())) putPart.run('package', part, data);
      for (const [part, data] of serialiseNameIndex(optBuilder.build())) putPart.run('option', part, data);
    })();
    db.exec(CREATE_INDEXES);
    const counts = { packages, options: opts };
    const meta: Record<string, string> = {
      channel: JSON.stringify(channel),
      contentHash: manifest.contentHash,
      layout: String(LAYOUT_VERSION),
      schemaVersion: String(SCHEMA_VERSION),
      counts: JSON.stringify(counts),
      optionCounts: JSON.stringify(manifest.counts.options),
      publishedAt: new Date().toISOString(),
      analysis: ANALYSIS_FINGERPRINT,
      commonWords: JSON.stringify({ package: common.package.build(), option: common.option.build() }),
    };
    const putMeta = db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)');
    db.transaction(() => Object.entries(meta).forEach(([k, v]) => putMeta.run(k, v)))();
    db.pragma(`user_version = ${SCHEMA_VERSION}`);
    db.close();
    db = undefined;
    check();
    const fd = openSync(temp, 'r');
    fsyncSync(fd);
    closeSync(fd);
    renameSync(temp, live);
    const dirFd = openSync(dir, 'r');
    fsyncSync(dirFd);
    closeSync(dirFd);
    return { published: true, channel, counts, durationMs: Date.now() - started };
  } catch (error) {
    db?.close();
    rmSync(temp, { force: true });
    if (error instanceof PublishError) throw error;
    throw new PublishError(`Publishing ${channel.id} failed: ${(error as Error).message}`, { cause: error });
  } finally {
    if (existsSync(temp)) rmSync(temp, { force: true });
  }
}

/** Insert one kind's analysed documents (JSON, FTS text, name index); returns how many. */
async function loadKind<K extends DocKind>(
  db: Database.Database,
  kind: K,
  docs: AsyncIterable<{ doc: DocOf<K>; analysed: AnalysedDoc }>,
  facetsOf: (d: DocOf<K>) => Partial<Record<string, string[]>>,
  builder: NameIndexBuilder,
  total: number,
  options: PublishOptions,
  check: () => void,
): Promise<number> {
  const t = TABLES[kind];
  const putDoc = db.prepare(`INSERT INTO ${t.docs} (id, key, json) VALUES (?, ?, ?)`);
  const putText = TEXT_FIELDS.map((f) => [f, db.prepare(`INSERT INTO ${t.text[f]} (rowid, text) VALUES (?, ?)`)] as const);
  type Item = { doc: DocOf<K>; analysed: AnalysedDoc };
  let batch: Item[] = [];
  let loaded = 0;
  const flush = db.transaction((items: Item[]) => {
    for (const { doc, analysed: a } of items) {
      const id = builder.add(a, facetsOf(doc));
      putDoc.run(id, a.key, JSON.stringify(doc));
      for (const [f, put] of putText) if (a.text[f].length > 0) put.run(id, a.text[f].join(' '));
    }
  });
  for await (const d of docs) {
    batch.push(d);
    if (batch.length >= PROGRESS_EVERY) {
      check();
      flush(batch);
      loaded += batch.length;
      batch = [];
      options.onProgress?.({ kind, loaded, total });
    }
  }
  check();
  flush(batch);
  loaded += batch.length;
  options.onProgress?.({ kind, loaded, total });
  return loaded;
}
