/**
 * Publishing a channel into Elasticsearch: build a new packages index and a new options index
 * beside the live ones, bulk-load them, refresh, then switch both read aliases in ONE
 * `_aliases` request (remove + add together, atomic), then delete the old indices. Until the
 * switch nothing the site reads changes; a failed, aborted or killed publish leaves the old
 * indices serving, and its half-built indices (no alias, `_meta.state: building`) are deleted
 * by the next publish of that channel.
 */
import type { Client, estypes } from '@elastic/elasticsearch';
import { ANALYSIS_FINGERPRINT, type AnalysedDoc } from '../../analysis';
import { facetValues } from '../../documents/facets';
import { docId, SCHEMA_VERSION, type DocKind, type DocOf } from '../../documents/types';
import type { PublishInput, PublishOptions, PublishResult } from '../../search/engine';
import { PublishError, SearchError } from '../../search/errors';
import { OPTION_FACETS, PACKAGE_FACETS } from '../../search/types';
import { BulkLoader, type BulkOptions } from './bulk';
import { describe, isUnavailable } from './client';
import { indexedBody, indexMapping, LIVE_SETTINGS, LOAD_SETTINGS } from './mapping';
import { isLive, listIndices, MAPPING_VERSION, metaBody, type IndexMeta } from './metadata';
import { aliasName, newIndexName, prefixPattern } from './names';
import { analysedDocuments, assertComplete, channelContext, commonWordCounters } from '../analysed-documents';
import { publishableCounts } from '../publishable';

const KINDS: DocKind[] = ['package', 'option'];
/** Elasticsearch's limit on `_id`. */
const MAX_ID_BYTES = 512;

/** What publish needs besides the input. */
export interface PublishContext {
  client: Client;
  prefix: string;
  bulk?: Omit<BulkOptions, 'signal' | 'onLoaded'>;
}

/** Delete indices of this channel and prefix that no alias points at (left by failed or killed publishes). */
export async function removeLeftovers(ctx: PublishContext, channel: string, keep: ReadonlySet<string> = new Set()): Promise<string[]> {
  const infos = await listIndices(ctx.client, prefixPattern(ctx.prefix));
  const stale = infos
    .filter((i) => i.meta?.prefix === ctx.prefix && i.meta.channel.id === channel && !keep.has(i.index))
    // Unaliased: a leftover build. Aliased under another schema version: still read by
    // deployments of that version, so kept.
    .filter((i) => i.aliases.length === 0 || (i.meta?.schemaVersion === SCHEMA_VERSION && !isLive(i, ctx.prefix)))
    .map((i) => i.index);
  if (stale.length > 0) await ctx.client.indices.delete({ index: stale, ignore_unavailable: true });
  return stale;
}

/** Build, load and switch one channel. */
export async function publishChannel(ctx: PublishContext, input: PublishInput, options: PublishOptions = {}): Promise<PublishResult> {
  const started = Date.now();
  const { manifest } = input;
  const channel = manifest.channel;
  const expected = publishableCounts(manifest);
  const { client, prefix } = ctx;
  const created: string[] = [];
  try {
    const current = (await listIndices(client, `${aliasName(prefix, channel.id, 'package')},${aliasName(prefix, channel.id, 'option')}`)).filter((i) =>
      isLive(i, prefix),
    );
    const live = current.find((i) => i.meta?.kind === 'package')?.meta;
    const same = live?.contentHash === manifest.contentHash && live.mappingVersion === MAPPING_VERSION && live.analysis === ANALYSIS_FINGERPRINT;
    if (!options.force && live && same && live.counts) {
      return { published: false, channel: live.channel, counts: live.counts, durationMs: Date.now() - started };
    }
    await removeLeftovers(ctx, channel.id, new Set(current.map((i) => i.index)));

    const createdAt = new Date().toISOString();
    const baseMeta = (kind: DocKind): IndexMeta => ({
      prefix,
      schemaVersion: SCHEMA_VERSION,
      mappingVersion: MAPPING_VERSION,
      kind,
      channel,
      contentHash: manifest.contentHash,
      state: 'building',
      createdAt,
    });
    const names = { package: newIndexName(prefix, channel.id, 'package', channel.revision), option: newIndexName(prefix, channel.id, 'option', channel.revision) };
    for (const kind of KINDS) {
      created.push(names[kind]);
      await client.indices.create({
        index: names[kind],
        settings: LOAD_SETTINGS,
        mappings: indexMapping(kind === 'package' ? PACKAGE_FACETS : OPTION_FACETS, metaBody(baseMeta(kind))),
      });
    }

    // Analysed bodies cannot be patched later without scripts, so the channel context is read
    // first and the documents a second time (core/engines/analysed-documents.ts).
    const boost = await channelContext(input, () => options.signal?.throwIfAborted());
    const common = commonWordCounters();
    const packages = await loadKind(ctx, names.package, 'package', analysedDocuments('package', input.packages(), boost, common.package), expected.packages, options);
    const opts = await loadKind(ctx, names.option, 'option', analysedDocuments('option', input.options(), boost, common.option), expected.options, options);
    assertComplete(channel.id, expected, { packages, options: opts });
    options.signal?.throwIfAborted();

    await client.indices.refresh({ index: created });
    const counted = await Promise.all(KINDS.map((kind) => client.count({ index: names[kind] })));
    if (counted[0]!.count !== packages || counted[1]!.count !== opts) {
      throw new PublishError(`Elasticsearch holds ${counted[0]!.count} packages and ${counted[1]!.count} options after loading ${packages} and ${opts}`);
    }
    const counts = { packages, options: opts };
    const publishedAt = new Date().toISOString();
    for (const kind of KINDS) {
      await client.indices.putSettings({ index: names[kind], settings: LIVE_SETTINGS });
      const meta: IndexMeta = {
        ...baseMeta(kind),
        state: 'live',
        counts,
        optionCounts: manifest.counts.options,
        publishedAt,
        analysis: ANALYSIS_FINGERPRINT,
        commonWords: common[kind].build(),
      };
      await client.indices.putMapping({ index: names[kind], _meta: metaBody(meta) });
    }
    await client.cluster.health({ index: created, wait_for_status: 'yellow', timeout: '60s' }, { requestTimeout: 70_000 });
    options.signal?.throwIfAborted();

    // The switch: one request, so readers see either the old channel or the new one.
    const actions: estypes.IndicesUpdateAliasesAction[] = [];
    for (const kind of KINDS) {
      const alias = aliasName(prefix, channel.id, kind);
      for (const old of current.filter((i) => i.meta?.kind === kind)) actions.push({ remove: { index: old.index, alias } });
      actions.push({ add: { index: names[kind], alias } });
    }
    await client.indices.updateAliases({ actions });
    created.length = 0;

    // The old indices are no longer read; failing to delete them only costs disk until the next publish.
    const old = current.map((i) => i.index);
    if (old.length > 0) await client.indices.delete({ index: old, ignore_unavailable: true }).catch(() => undefined);
    return { published: true, channel, counts, durationMs: Date.now() - started };
  } catch (error) {
    if (created.length > 0) await client.indices.delete({ index: created, ignore_unavailable: true }).catch(() => undefined);
    if (error instanceof PublishError) throw error;
    if (options.signal?.aborted) throw new PublishError(`Publishing ${channel.id} was aborted`, { cause: options.signal.reason });
    if (error instanceof SearchError) throw error;
    const reason = isUnavailable(error) ? `Elasticsearch unavailable: ${describe(error)}` : describe(error);
    throw new PublishError(`Publishing ${channel.id} failed: ${reason}`, { cause: error });
  }
}

/** Bulk-load one kind's analysed documents; returns how many were loaded. */
async function loadKind<K extends DocKind>(
  ctx: PublishContext,
  index: string,
  kind: K,
  docs: AsyncIterable<{ doc: DocOf<K>; analysed: AnalysedDoc }>,
  total: number,
  options: PublishOptions,
): Promise<number> {
  const loader = new BulkLoader(ctx.client, index, {
    ...ctx.bulk,
    signal: options.signal,
    onLoaded: (loaded) => options.onProgress?.({ kind, loaded, total }),
  });
  let queued = 0;
  for await (const { doc: d, analysed } of docs) {
    if (Buffer.byteLength(analysed.key) > MAX_ID_BYTES) {
      throw new PublishError(`The ${kind} "${docId(d).slice(0, 80)}…" has an id longer than ${MAX_ID_BYTES} bytes, the most Elasticsearch accepts`);
    }
    await loader.add(analysed.key, indexedBody(d, analysed, facetValues(d)));
    queued++;
  }
  const loaded = await loader.finish();
  if (queued === 0) options.onProgress?.({ kind, loaded: 0, total });
  return loaded;
}
