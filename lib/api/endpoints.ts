/**
 * What each JSON API endpoint does, given its parsed path and query parameters. Route files
 * in app/api/v1 only pass the request here; this module validates (lib/api/params.ts),
 * asks the engine (lib/engine.ts) and reshapes (lib/api/shape.ts).
 */
import 'server-only';
import type { DocKind, DocOf } from '@/core/documents/types';
import type { Filters, SortOrder } from '@/core/search/types';
import { resolveChannel, getOption, getPackage, listChannels, search } from '@/lib/engine';
import { pickOptionSet } from '@/lib/option-sets';
import { cleanQuery } from '@/lib/search-state';
import { DEFAULT_OPTION_SET, optionPath, packagePath } from '@/lib/urls';
import { parseNoParams, parseOptionGet, parseOptionSearch, parsePackageSearch, parseSuggest } from './params';
import { ApiNotFoundError, json } from './respond';
import { toApiChannel, toApiOption, toApiPackage, type ApiSearchResult } from './shape';

/** GET /api/v1/channels */
export async function channelsEndpoint(params: URLSearchParams): Promise<Response> {
  parseNoParams(params);
  const channels = await listChannels();
  return json({ channels: channels.map(toApiChannel) });
}

/** Paging and sort parameters common to both search endpoints (lib/api/params.ts). */
interface PagedSearch {
  query: string;
  sort: SortOrder;
  page: number;
  size: number;
}

/** One search endpoint: the engine's page of hits in the API's shape, with the request echoed. */
async function searchEndpoint<K extends DocKind, T>(
  channelId: string,
  kind: K,
  p: PagedSearch,
  filters: Filters,
  toApi: (channel: string, doc: DocOf<K>) => T,
): Promise<Response> {
  const { channel } = await resolveChannel(channelId);
  const res = await search({ channel: channel.id, kind, query: cleanQuery(p.query), filters, sort: p.sort, from: (p.page - 1) * p.size, size: p.size });
  const body: ApiSearchResult<T> = {
    channel: channel.id,
    query: p.query,
    sort: p.sort,
    page: p.page,
    size: p.size,
    total: res.total,
    hits: res.hits.map((h) => ({ ...toApi(channel.id, h.doc), score: h.score })),
    facets: res.facets,
  };
  return json(body);
}

/** GET /api/v1/channels/{channel}/packages */
export async function packageSearchEndpoint(channelId: string, params: URLSearchParams): Promise<Response> {
  const p = parsePackageSearch(params);
  return searchEndpoint(channelId, 'package', p, p.filters, toApiPackage);
}

/** GET /api/v1/channels/{channel}/packages/{attr} */
export async function packageGetEndpoint(channelId: string, attrPath: string, params: URLSearchParams): Promise<Response> {
  parseNoParams(params);
  const { channel } = await resolveChannel(channelId);
  const doc = await getPackage(channel.id, attrPath);
  if (!doc) throw new ApiNotFoundError(`no package "${attrPath}" in channel "${channel.id}"`);
  return json({ channel: channel.id, package: toApiPackage(channel.id, doc) }, { maxAge: 300 });
}

/** GET /api/v1/channels/{channel}/options */
export async function optionSearchEndpoint(channelId: string, params: URLSearchParams): Promise<Response> {
  const p = parseOptionSearch(params);
  return searchEndpoint(channelId, 'option', p, p.set ? { optionSet: [p.set] } : {}, toApiOption);
}

/** GET /api/v1/channels/{channel}/options/{name} */
export async function optionGetEndpoint(channelId: string, name: string, params: URLSearchParams): Promise<Response> {
  const { set = DEFAULT_OPTION_SET } = parseOptionGet(params);
  const { channel } = await resolveChannel(channelId);
  const doc = await getOption(channel.id, set, name);
  if (!doc) throw new ApiNotFoundError(`no ${set} option "${name}" in channel "${channel.id}"`);
  return json({ channel: channel.id, option: toApiOption(channel.id, doc) }, { maxAge: 300 });
}

/** GET /api/v1/suggest: typeahead (JSON) and browser search suggestions (OpenSearch). */
export async function suggestEndpoint(params: URLSearchParams): Promise<Response> {
  const p = parseSuggest(params);
  const { channel } = await resolveChannel(p.channel);
  const query = cleanQuery(p.query);
  type Suggestion = { id: string; detail: string; url: string };
  let suggestions: Suggestion[] = [];
  if (query.trim()) {
    if (p.kind === 'packages') {
      const res = await search({ channel: channel.id, kind: 'package', query, filters: {}, sort: 'relevance', from: 0, size: p.size });
      suggestions = res.hits.map(({ doc }) => ({
        id: doc.attrPath,
        detail: [doc.version, doc.description].filter(Boolean).join(' · '),
        url: packagePath(channel.id, doc.attrPath),
      }));
    } else {
      // The set the options page shows for the same state (a Home Manager-only channel has no NixOS set).
      const set = pickOptionSet(channel, p.set);
      if (set) {
        const res = await search({ channel: channel.id, kind: 'option', query, filters: { optionSet: [set] }, sort: 'relevance', from: 0, size: p.size });
        suggestions = res.hits.map(({ doc }) => ({ id: doc.name, detail: doc.type ?? '', url: optionPath(channel.id, doc.optionSet, doc.name) }));
      }
    }
  }
  if (p.format === 'opensearch') {
    return json([p.query, suggestions.map((s) => s.id), suggestions.map((s) => s.detail), suggestions.map((s) => s.url)], {
      headers: { 'Content-Type': 'application/x-suggestions+json; charset=utf-8' },
    });
  }
  return json({ channel: channel.id, kind: p.kind, query: p.query, suggestions });
}
