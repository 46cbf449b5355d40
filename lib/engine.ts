/**
 * The site's one door to the search engine. Pages, API routes and the sitemap call these
 * functions; nothing else in app/ or components/ touches an engine. The engine is created
 * once per process from validated configuration (core/engines/index.ts) and kept on
 * globalThis so development reloads do not open a new one per edit.
 *
 * Errors: anything that is not already a typed search error (a driver error, a bad
 * configuration) is logged here and becomes EngineUnavailableError, so the site shows
 * "temporarily unavailable" (503) and never a stack trace.
 */
import 'server-only';
import { cache } from 'react';
import { readConfig, type AppConfig } from '@/core/config';
import type { OptionDoc, OptionSetId, PackageDoc } from '@/core/documents/types';
import { createEngine } from '@/core/engines';
import type { SearchEngine } from '@/core/search/engine';
import { EngineUnavailableError, SearchError, UnknownChannelError } from '@/core/search/errors';
import type { ChannelInfo, HealthReport, SearchRequest, SearchResponse } from '@/core/search/types';
import type { DocKind } from '@/core/documents/types';
import { installEngineProbe } from './engine-probe';
import { LruCache } from './lru';

interface EngineHolder {
  config?: AppConfig;
  engine?: Promise<SearchEngine>;
  channels?: { at: number; value: Promise<ChannelInfo[]> };
  searches?: LruCache<Promise<SearchResponse>>;
  probe?: { at: number; ok: Promise<boolean> };
}
const holder = ((globalThis as { __nixsearchSite?: EngineHolder }).__nixsearchSite ??= {});

/** How long the channel list is reused before asking the engine again. */
const CHANNELS_TTL_MS = 10_000;
/** Search answers kept, and for how long; only pages of at most CACHEABLE_SIZE hits (bounded memory). */
const SEARCH_CACHE_ENTRIES = 300;
const SEARCH_CACHE_TTL_MS = 60_000;
const CACHEABLE_SIZE = 20;

/** The validated configuration (read once). */
export function siteConfig(): AppConfig {
  holder.config ??= readConfig();
  return holder.config;
}

function unavailable(error: unknown): never {
  if (error instanceof SearchError) throw error;
  console.error('[nixsearch] engine error:', error);
  throw new EngineUnavailableError('search engine error', { cause: error });
}

async function engine(): Promise<SearchEngine> {
  if (!holder.engine) {
    holder.engine = (async () => createEngine(siteConfig()))();
    // A failed start is retried by the next request (the database may appear later).
    holder.engine.catch(() => {
      holder.engine = undefined;
    });
  }
  try {
    return await holder.engine;
  } catch (error) {
    return unavailable(error);
  }
}

async function call<T>(fn: (e: SearchEngine) => Promise<T>): Promise<T> {
  const e = await engine();
  try {
    return await fn(e);
  } catch (error) {
    return unavailable(error);
  }
}

/** The live channels in configuration order (cached for a few seconds). */
export async function listChannels(): Promise<ChannelInfo[]> {
  const now = Date.now();
  if (!holder.channels || now - holder.channels.at > CHANNELS_TTL_MS) {
    const value = call((e) => e.listChannels());
    holder.channels = { at: now, value };
    value.catch(() => {
      if (holder.channels?.value === value) holder.channels = undefined;
    });
  }
  return holder.channels.value;
}

/** The channels and the one asked for (the first when none is given). */
export async function resolveChannel(id: string | undefined): Promise<{ channel: ChannelInfo; channels: ChannelInfo[] }> {
  const channels = await listChannels();
  if (channels.length === 0) throw new EngineUnavailableError('no channel has been indexed yet');
  const channel = id === undefined ? channels[0] : channels.find((c) => c.id === id);
  if (!channel) throw new UnknownChannelError(id ?? '');
  return { channel, channels };
}

/**
 * Run a search. Answers are reused for a short while: the same popular query (and every
 * page of a typeahead session) costs the engine once. The key holds the channel's
 * publication time, so a newly published index is never answered from the cache.
 */
export async function search<K extends DocKind>(request: SearchRequest<K>): Promise<SearchResponse<K>> {
  if (request.size > CACHEABLE_SIZE) return call((e) => e.search(request));
  const channel = (await listChannels()).find((c) => c.id === request.channel);
  const key = JSON.stringify([channel?.publishedAt ?? '', request.channel, request.kind, request.query, request.filters, request.sort, request.from, request.size]);
  holder.searches ??= new LruCache<Promise<SearchResponse>>(SEARCH_CACHE_ENTRIES, SEARCH_CACHE_TTL_MS);
  const cached = holder.searches.get(key) as Promise<SearchResponse<K>> | undefined;
  if (cached) return cached;
  const result = call((e) => e.search(request));
  holder.searches.set(key, result);
  // Failures are not remembered.
  result.catch(() => holder.searches?.delete(key));
  return result;
}

/** One package, or null (deduplicated within a request: metadata and page share it). */
export const getPackage = cache(async (channel: string, attrPath: string): Promise<PackageDoc | null> =>
  call((e) => e.getPackage(channel, attrPath)),
);

/** One option, or null (deduplicated within a request). */
export const getOption = cache(
  async (channel: string, optionSet: OptionSetId, name: string): Promise<OptionDoc | null> =>
    call((e) => e.getOption(channel, optionSet, name)),
);

/** How long a health answer is reused by the proxy's probe. */
const PROBE_TTL_MS = 3_000;

// The proxy asks this before rendering a page (see lib/engine-probe.ts): at most one health
// check per PROBE_TTL_MS, so a down engine is answered with a 503 without rendering.
installEngineProbe(() => {
  const now = Date.now();
  if (!holder.probe || now - holder.probe.at > PROBE_TTL_MS) {
    holder.probe = { at: now, ok: health().then((h) => h.ok) };
  }
  return holder.probe.ok;
});

/** Engine health, for the status endpoint. */
export async function health(): Promise<HealthReport> {
  try {
    return await call((e) => e.health());
  } catch (error) {
    return { ok: false, engine: holder.config?.engine ?? 'unknown', detail: error instanceof Error ? error.message : 'unavailable' };
  }
}
