/**
 * The URL is the search state. This module is the only place that reads or writes the
 * search parameters of /packages and /options: parse (tolerant: any input gives a valid
 * state, never an error) and serialise (canonical: defaults are left out, keys in a fixed
 * order), so `parse(serialise(s))` gives back `s` for every normalised state.
 *
 * Parameters: `channel`, `query`, `sort` (relevance|name), `page` (1-based), package facets
 * `packageSet`, `license`, `maintainer`, `platform` (repeatable), and `set` (option set) on /options.
 */
import { OPTION_SETS, type OptionSetId } from '@/core/documents/types';
import { PACKAGE_FACETS, SEARCH_LIMITS, type Filters, type SortOrder } from '@/core/search/types';

/** Which search page. */
export type SearchKind = 'packages' | 'options';

/** A package facet that the UI filters by. */
export type PackageFacet = (typeof PACKAGE_FACETS)[number];

/** Everything a search page shows, as read from its URL. */
export interface SearchState {
  kind: SearchKind;
  /** Channel id; undefined = the default channel (first configured). */
  channel: string | undefined;
  query: string;
  /** Package facet filters (options use `set` instead). Values sorted, no empty lists. */
  filters: Partial<Record<PackageFacet, string[]>>;
  /** Option set (options only); undefined = the default set. */
  set: OptionSetId | undefined;
  sort: SortOrder;
  /** 1-based page number, within the engine's window. */
  page: number;
}

/** Page size of the search pages. */
export const PAGE_SIZE = SEARCH_LIMITS.defaultPageSize;
/** Last page reachable through the engine's result window. */
export const MAX_PAGE = Math.floor(SEARCH_LIMITS.maxWindow / PAGE_SIZE);
/** Values kept per facet: more are ignored here, rejected by the API (lib/api/params.ts). */
export const MAX_FILTER_VALUES = 20;
/** Longest facet value: longer is cut here, rejected by the API. */
export const MAX_FILTER_LENGTH = 200;

const CHANNEL_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;

/** Next.js `searchParams` shape, or URLSearchParams. */
export type RawParams = URLSearchParams | Record<string, string | string[] | undefined>;

function all(params: RawParams, key: string): string[] {
  if (params instanceof URLSearchParams) return params.getAll(key);
  const v = params[key];
  if (v === undefined) return [];
  return Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : [v];
}

function first(params: RawParams, key: string): string | undefined {
  return all(params, key)[0];
}

/** Remove control characters and cut to a length (never an error). */
function clean(value: string, max: number): string {
  return Array.from(value.replace(/[\u0000-\u001f\u007f]/g, ' ')).slice(0, max).join('');
}

/** The query as the engines receive it: control characters removed, cut to the length limit. */
export function cleanQuery(raw: string): string {
  return clean(raw, SEARCH_LIMITS.maxQueryLength);
}

function parsePage(raw: string | undefined): number {
  if (raw === undefined || !/^\d{1,6}$/.test(raw.trim())) return 1;
  const n = Number(raw.trim());
  return Math.min(Math.max(n, 1), MAX_PAGE);
}

function parseFilterValues(values: string[]): string[] | undefined {
  const kept = [...new Set(values.map((v) => clean(v, MAX_FILTER_LENGTH).trim()).filter(Boolean))]
    .sort()
    .slice(0, MAX_FILTER_VALUES);
  return kept.length > 0 ? kept : undefined;
}

/** Read a search state from URL parameters. Unknown or malformed values fall back to defaults. */
export function parseSearchState(kind: SearchKind, params: RawParams): SearchState {
  const channel = first(params, 'channel')?.trim();
  const sort = first(params, 'sort');
  const set = first(params, 'set');
  const filters: SearchState['filters'] = {};
  if (kind === 'packages') {
    for (const facet of PACKAGE_FACETS) {
      const values = parseFilterValues(all(params, facet));
      if (values) filters[facet] = values;
    }
  }
  return {
    kind,
    channel: channel && CHANNEL_ID.test(channel) ? channel : undefined,
    query: cleanQuery(first(params, 'query') ?? ''),
    filters,
    set: kind === 'options' && OPTION_SETS.includes(set as OptionSetId) ? (set as OptionSetId) : undefined,
    sort: sort === 'name' ? 'name' : 'relevance',
    page: parsePage(first(params, 'page')),
  };
}

/** Canonical URL parameters of a state (defaults left out). */
export function serialiseSearchState(state: SearchState): URLSearchParams {
  const out = new URLSearchParams();
  if (state.channel) out.set('channel', state.channel);
  if (state.query) out.set('query', state.query);
  if (state.kind === 'options' && state.set) out.set('set', state.set);
  if (state.kind === 'packages') {
    for (const facet of PACKAGE_FACETS) for (const v of state.filters[facet] ?? []) out.append(facet, v);
  }
  if (state.sort !== 'relevance') out.set('sort', state.sort);
  if (state.page > 1) out.set('page', String(state.page));
  return out;
}

/** Changes to apply to a state; any change other than `page` goes back to page 1. */
export type StatePatch = Partial<Omit<SearchState, 'kind'>> & { kind?: SearchKind };

/** Apply a patch: a new query, channel, filter or sort starts again at page 1. */
export function patchState(state: SearchState, patch: StatePatch): SearchState {
  const next: SearchState = { ...state, ...patch };
  if (patch.page === undefined) next.page = 1;
  if (next.kind === 'packages') next.set = undefined;
  else next.filters = {};
  return next;
}

/** Link to a search page for a state, after an optional patch. */
export function searchHref(state: SearchState, patch: StatePatch = {}): string {
  const next = patchState(state, patch);
  const qs = serialiseSearchState(next).toString();
  return `/${next.kind}${qs ? `?${qs}` : ''}`;
}

/** The state with one facet value added or removed. */
export function toggleFilter(state: SearchState, facet: PackageFacet, value: string): StatePatch {
  const current = state.filters[facet] ?? [];
  const values = current.includes(value) ? current.filter((v) => v !== value) : [...current, value].sort();
  const filters = { ...state.filters };
  if (values.length > 0) filters[facet] = values;
  else delete filters[facet];
  return { filters };
}

/** True when any facet filter is active. */
export function hasFilters(state: SearchState): boolean {
  return Object.values(state.filters).some((v) => v && v.length > 0);
}

/** The engine's filter object for a state (packages: facets; options: the option set). */
export function engineFilters(state: SearchState, optionSet: OptionSetId | undefined): Filters {
  if (state.kind === 'options') return optionSet ? { optionSet: [optionSet] } : {};
  return { ...state.filters };
}
