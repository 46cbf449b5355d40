/**
 * The Elasticsearch backend: one index per channel and kind behind a read alias, built
 * beside the live one and switched atomically (publish.ts); queries are the engine-neutral
 * plan of core/query/plan.ts translated by query.ts. Takes explicit options; never reads
 * the environment. Any failure to reach the cluster is an EngineUnavailableError; an alias
 * that does not exist is an UnknownChannelError.
 */
import type { Client } from '@elastic/elasticsearch';
import { optionKey } from '../../analysis/documents';
import { SCHEMA_VERSION, type DocKind, type OptionDoc, type OptionSetId, type PackageDoc } from '../../documents/types';
import { planQuery } from '../../query/plan';
import { facetsOf, validateRequest } from '../../query/request';
import type { PublishInput, PublishOptions, PublishResult, SearchEngine } from '../../search/engine';
import { UnknownChannelError } from '../../search/errors';
import type { ChannelInfo, HealthReport, SearchRequest, SearchResponse } from '../../search/types';
import type { BulkOptions } from './bulk';
import { createClient, errorTypeOf, describe, statusOf, toSearchError, type ElasticsearchConnection } from './client';
import type { IndexedBody } from './mapping';
import { isLive, listIndices } from './metadata';
import { aliasName } from './names';
import { publishChannel } from './publish';
import { fromResponse, needsExpansion, searchBody } from './query';
import { SnapshotCache } from './snapshots';
import { byChannelOrder } from '../channel-order';

/** Options of the Elasticsearch engine (core/config.ts ElasticsearchSettings plus tuning). */
export interface ElasticsearchEngineOptions extends ElasticsearchConnection {
  /** Prefix of every index and alias name, e.g. "nixsearch". */
  indexPrefix: string;
  /** Channel ids in configuration order; listChannels puts these first. */
  channelOrder?: readonly string[];
  /** Bulk loading tuning (chunk size, concurrency, retries). */
  bulk?: Omit<BulkOptions, 'signal' | 'onLoaded'>;
}

/** True for the error Elasticsearch gives when an alias or index does not exist. */
function isMissingIndex(error: unknown): boolean {
  return errorTypeOf(error) === 'index_not_found_exception';
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/** The Elasticsearch search engine. */
export class ElasticsearchEngine implements SearchEngine {
  readonly name = 'elasticsearch';
  private readonly client: Client;
  private readonly snapshots: SnapshotCache;

  constructor(private readonly options: ElasticsearchEngineOptions) {
    this.client = createClient(options);
    this.snapshots = new SnapshotCache(this.client, 'any.fuzzy');
  }

  /** Build new indices beside the live ones, then switch both aliases in one request. */
  async publish(input: PublishInput, options?: PublishOptions): Promise<PublishResult> {
    try {
      return await publishChannel({ client: this.client, prefix: this.options.indexPrefix, bulk: this.options.bulk }, input, options);
    } finally {
      this.snapshots.invalidate();
    }
  }

  async search<K extends DocKind>(request: SearchRequest<K>): Promise<SearchResponse<K>> {
    const valid = validateRequest(request);
    const facetNames = facetsOf(valid.kind);
    const alias = aliasName(this.options.indexPrefix, valid.channel, valid.kind);
    try {
      for (let attempt = 1; ; attempt++) {
        // The plan's statistics and typo expansion come from the index behind the alias, and
        // the search then goes to that same index, so all see one snapshot. A publish deletes
        // the old index right after the switch: the search fails (index missing, or shards
        // unavailable while it is deleted), and is retried once when the alias has moved.
        const snapshot = await this.snapshots.get(alias);
        const plan = planQuery(valid, snapshot.stats);
        const vocabulary = needsExpansion(plan) ? await snapshot.vocabulary() : null;
        const expand = vocabulary ? (value: string, edits: number) => vocabulary.within(value, edits) : () => [];
        try {
          const response = await this.client.search<Pick<IndexedBody, 'doc'>>({ index: snapshot.index, ...searchBody(plan, facetNames, expand) });
          const result = fromResponse(plan, facetNames, response);
          return { ...result, hits: result.hits.map((h) => ({ ...h, score: round(h.score) })) };
        } catch (error) {
          if (attempt > 1) throw error;
          this.snapshots.invalidate(alias);
          if (!isMissingIndex(error) && (await this.snapshots.get(alias).catch(() => snapshot)).index === snapshot.index) throw error;
        }
      }
    } catch (error) {
      if (isMissingIndex(error) || statusOf(error) === 404) throw new UnknownChannelError(valid.channel, { cause: error });
      throw toSearchError(error, 'search');
    }
  }

  async getPackage(channel: string, attrPath: string): Promise<PackageDoc | null> {
    return this.getDoc<PackageDoc>(channel, 'package', attrPath);
  }

  async getOption(channel: string, optionSet: OptionSetId, name: string): Promise<OptionDoc | null> {
    return this.getDoc<OptionDoc>(channel, 'option', optionKey(optionSet, name));
  }

  private async getDoc<D>(channel: string, kind: DocKind, key: string): Promise<D | null> {
    if (key.length === 0 || Buffer.byteLength(key) > 512) return null; // longer than any _id Elasticsearch accepts
    try {
      const response = await this.client.get<Pick<IndexedBody, 'doc'>>(
        { index: aliasName(this.options.indexPrefix, channel, kind), id: key, _source: ['doc'] },
        { ignore: [404] },
      );
      const body = response as unknown as { found?: boolean; error?: { type?: string } };
      if (body.error?.type === 'index_not_found_exception') throw new UnknownChannelError(channel);
      return response.found && response._source ? (response._source.doc as D) : null;
    } catch (error) {
      if (isMissingIndex(error)) throw new UnknownChannelError(channel, { cause: error });
      throw toSearchError(error, 'get');
    }
  }

  async listChannels(): Promise<ChannelInfo[]> {
    const prefix = this.options.indexPrefix;
    let infos;
    try {
      infos = await listIndices(this.client, `${prefix}-v${SCHEMA_VERSION}-*`);
    } catch (error) {
      throw toSearchError(error, 'listing channels');
    }
    const channels = infos
      .filter((i) => isLive(i, prefix) && i.meta?.kind === 'package')
      .map((i): ChannelInfo => {
        const m = i.meta!;
        return {
          id: m.channel.id,
          label: m.channel.label,
          revision: m.channel.revision,
          sourceBaseUrl: m.channel.sourceBaseUrl,
          schemaVersion: m.schemaVersion,
          counts: { packages: m.counts?.packages ?? 0, options: m.optionCounts ?? {} },
          publishedAt: m.publishedAt ?? m.createdAt,
        };
      });
    const compare = byChannelOrder(this.options.channelOrder);
    return channels.sort((a, b) => compare(a.id, b.id));
  }

  async health(): Promise<HealthReport> {
    try {
      const health = await this.client.cluster.health({ timeout: '2s' });
      const channels = await this.listChannels();
      const ok = health.status !== 'red' && channels.length > 0;
      const detail =
        channels.length > 0
          ? `cluster ${health.cluster_name} is ${health.status}; ${channels.length} channel(s): ${channels.map((c) => c.id).join(', ')}`
          : `cluster ${health.cluster_name} is ${health.status}; no channel published under prefix "${this.options.indexPrefix}"`;
      return { ok, engine: this.name, detail };
    } catch (error) {
      return { ok: false, engine: this.name, detail: `Elasticsearch unavailable: ${describe(error)}` };
    }
  }

  async close(): Promise<void> {
    await this.client.close();
  }
}
