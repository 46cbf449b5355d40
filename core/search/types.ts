/**
 * Neutral query and result types shared by every engine, the site and the API.
 * `undefined` always means "no filter"; results are `{ total, hits, facets }` whatever the engine.
 */
import type { DocKind, DocOf, OptionSetId } from '../documents/types';

/** Facets of package searches. */
export const PACKAGE_FACETS = ['packageSet', 'license', 'maintainer', 'platform'] as const;
/** Facets of option searches. */
export const OPTION_FACETS = ['optionSet'] as const;
/** Any facet name. */
export type FacetName = (typeof PACKAGE_FACETS)[number] | (typeof OPTION_FACETS)[number];

/** Selected facet values; a document matches when it has any of the values of each facet given. */
export type Filters = Partial<Record<FacetName, string[]>>;

/** Result order. */
export type SortOrder = 'relevance' | 'name';

/** Hard limits that every engine and the API enforce. */
export const SEARCH_LIMITS = {
  /** Longer query strings are cut (never an error). */
  maxQueryLength: 200,
  /** Page size bounds. */
  maxPageSize: 100,
  defaultPageSize: 20,
  /** `from + size` may not exceed this; totals are exact up to at least this many. */
  maxWindow: 10_000,
  /** Facet buckets returned per facet. */
  facetSize: 20,
} as const;

/** One search over one kind of document in one channel. */
export interface SearchRequest<K extends DocKind = DocKind> {
  channel: string;
  kind: K;
  /** What the user typed; any string is valid (engines escape and cap it). */
  query: string;
  filters: Filters;
  sort: SortOrder;
  /** Offset of the first hit (0-based). */
  from: number;
  size: number;
}

/** One facet value and how many documents of the current result set have it. */
export interface FacetBucket {
  value: string;
  count: number;
}

/** One hit: the document and its engine score (0 when sorted by name). */
export interface SearchHit<D> {
  doc: D;
  score: number;
}

/** The answer to a SearchRequest. */
export interface SearchResponse<K extends DocKind = DocKind> {
  /** Exact number of matching documents (exact at least up to SEARCH_LIMITS.maxWindow). */
  total: number;
  hits: SearchHit<DocOf<K>>[];
  /** Facet counts over the whole result set (each facet ignoring its own filter). */
  facets: Partial<Record<FacetName, FacetBucket[]>>;
}

/** A channel as an engine serves it. */
export interface ChannelInfo {
  id: string;
  label: string;
  revision: string;
  /** Base URL for source links at this revision. */
  sourceBaseUrl: string;
  schemaVersion: number;
  counts: { packages: number; options: Partial<Record<OptionSetId, number>> };
  /** ISO time of publication. */
  publishedAt: string;
}

/** Engine health for the site's status and error pages. */
export interface HealthReport {
  ok: boolean;
  engine: string;
  detail: string;
}
