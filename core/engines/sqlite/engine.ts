/**
 * The embedded backend: one SQLite database per channel under `<dir>/<channel>.sqlite`
 * (FTS5 through better-sqlite3), built beside the live file and renamed into place, served
 * read-only. Takes explicit options; never reads the environment.
 */
import { existsSync, readdirSync } from 'node:fs';
import type { DocKind, OptionDoc, OptionSetId, PackageDoc } from '@/core/documents/types';
import { optionKey } from '@/core/analysis/documents';
import { planQuery } from '@/core/query/plan';
import { validateRequest } from '@/core/query/request';
import type { PublishInput, PublishOptions, PublishResult, SearchEngine } from '@/core/search/engine';
import { EngineUnavailableError, SearchError } from '@/core/search/errors';
import type { ChannelInfo, HealthReport, SearchRequest, SearchResponse } from '@/core/search/types';
import { publishChannel } from './publish';
import { PlanExecutor } from './query';
import { ChannelStore, type OpenChannel } from './store';
import { byChannelOrder } from '../channel-order';

/** Options of the SQLite engine. */
export interface SqliteEngineOptions {
  /** Directory of the channel databases (`<dataDir>/sqlite`). */
  dir: string;
  /** Channel ids in configuration order; listChannels puts these first. */
  channelOrder?: readonly string[];
}

/** The SQLite FTS5 search engine. */
export class SqliteEngine implements SearchEngine {
  readonly name = 'sqlite';
  private readonly store: ChannelStore;
  private readonly executors = new WeakMap<OpenChannel, PlanExecutor>();

  constructor(private readonly options: SqliteEngineOptions) {
    this.store = new ChannelStore(options.dir);
  }

  /** Build the channel's database in a temporary file, then rename it into place. */
  async publish(input: PublishInput, options?: PublishOptions): Promise<PublishResult> {
    return publishChannel(this.options.dir, input, options);
  }

  private executor(channel: OpenChannel): PlanExecutor {
    let e = this.executors.get(channel);
    if (!e) {
      e = new PlanExecutor(channel);
      this.executors.set(channel, e);
    }
    return e;
  }

  async search<K extends DocKind>(request: SearchRequest<K>): Promise<SearchResponse<K>> {
    const valid = validateRequest(request);
    const channel = this.store.get(valid.channel);
    return guard(() => this.executor(channel).execute(planQuery(valid, channel.stats[valid.kind])));
  }

  async getPackage(channel: string, attrPath: string): Promise<PackageDoc | null> {
    return this.getDoc<PackageDoc>(channel, 'package', attrPath);
  }

  async getOption(channel: string, optionSet: OptionSetId, name: string): Promise<OptionDoc | null> {
    return this.getDoc<OptionDoc>(channel, 'option', optionKey(optionSet, name));
  }

  private getDoc<D>(channel: string, kind: DocKind, key: string): D | null {
    const c = this.store.get(channel);
    return guard(() => {
      const json = this.executor(c).documentJson(kind, key);
      return json === undefined ? null : (JSON.parse(json) as D);
    });
  }

  async listChannels(): Promise<ChannelInfo[]> {
    if (!existsSync(this.options.dir)) return [];
    const ids = readdirSync(this.options.dir)
      .filter((f) => f.endsWith('.sqlite') && !f.startsWith('.'))
      .map((f) => f.slice(0, -'.sqlite'.length));
    ids.sort(byChannelOrder(this.options.channelOrder));
    const out: ChannelInfo[] = [];
    for (const id of ids) {
      let c: OpenChannel;
      try {
        c = this.store.get(id);
      } catch (error) {
        // A file replaced or removed meanwhile, or of another schema: not live.
        if (error instanceof SearchError) continue;
        throw error;
      }
      const m = c.meta;
      out.push({
        id: m.channel.id,
        label: m.channel.label,
        revision: m.channel.revision,
        sourceBaseUrl: m.channel.sourceBaseUrl,
        schemaVersion: m.schemaVersion,
        counts: { packages: m.counts.packages, options: m.optionCounts },
        publishedAt: m.publishedAt,
      });
    }
    return out;
  }

  async health(): Promise<HealthReport> {
    try {
      const channels = await this.listChannels();
      return channels.length > 0
        ? { ok: true, engine: this.name, detail: `${channels.length} channel(s): ${channels.map((c) => c.id).join(', ')}` }
        : { ok: false, engine: this.name, detail: `no channel database in ${this.options.dir}` };
    } catch (error) {
      return { ok: false, engine: this.name, detail: (error as Error).message };
    }
  }

  async close(): Promise<void> {
    this.store.closeAll();
  }
}

/** Driver errors while serving become EngineUnavailableError; typed errors pass through. */
function guard<T>(fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    if (error instanceof SearchError) throw error;
    throw new EngineUnavailableError(`SQLite error: ${(error as Error).message}`, { cause: error });
  }
}
