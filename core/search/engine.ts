/**
 * The one interface every search backend implements (see core/engines/<backend>/engine.ts).
 * The site and the indexer only ever talk to this interface; the backend is chosen in one
 * place (core/engines/index.ts) from validated configuration.
 */
import type { OptionDoc, OptionSetId, PackageDoc } from '../documents/types';
import type { ChannelMeta, Manifest } from '../metadata/manifest';
import type { ChannelInfo, HealthReport, SearchRequest, SearchResponse } from './types';
import type { DocKind } from '../documents/types';

/** What a publish reads: a manifest and re-iterable document streams (JSON metadata). */
export interface PublishInput {
  manifest: Manifest;
  packages: () => AsyncIterable<PackageDoc>;
  options: () => AsyncIterable<OptionDoc>;
}

/** Progress callback for long loads: documents loaded so far out of the manifest count. */
export type PublishProgress = (event: { kind: DocKind; loaded: number; total: number }) => void;

/** Options for publish. */
export interface PublishOptions {
  /** Publish even when the same channel revision and content are already live. */
  force?: boolean;
  onProgress?: PublishProgress;
  /** Aborting stops the load; the previous live index keeps serving. */
  signal?: AbortSignal;
}

/** What publish did. */
export interface PublishResult {
  /** false when the same revision was already live and `force` was not set. */
  published: boolean;
  channel: ChannelMeta;
  counts: { packages: number; options: number };
  durationMs: number;
}

/** A search backend. Every method may throw EngineUnavailableError (see errors.ts). */
export interface SearchEngine {
  /** Backend name, e.g. "sqlite" or "elasticsearch". */
  readonly name: string;
  /** Build the channel's indices beside the live ones, then switch atomically. */
  publish(input: PublishInput, options?: PublishOptions): Promise<PublishResult>;
  /** Search one kind of document in one channel. Unknown channel → UnknownChannelError. */
  search<K extends DocKind>(request: SearchRequest<K>): Promise<SearchResponse<K>>;
  /** One package by attribute path, or null. */
  getPackage(channel: string, attrPath: string): Promise<PackageDoc | null>;
  /** One option by option set and name, or null. */
  getOption(channel: string, optionSet: OptionSetId, name: string): Promise<OptionDoc | null>;
  /** The channels that are live, in configuration order where known. */
  listChannels(): Promise<ChannelInfo[]>;
  health(): Promise<HealthReport>;
  /** Release connections and file handles. */
  close(): Promise<void>;
}
