/**
 * Index mapping and the indexed body of a document. Name analysis is not done by
 * Elasticsearch: the token lists of core/analysis (the same ones SQLite indexes) are stored
 * as single-token terms (keyword fields; the leaf name as a `keyword`-analysed text field so
 * that `index_prefixes` serves typeahead), and text fields hold the pre-stemmed words joined by spaces (`whitespace`
 * analyzer, BM25). Only core analyzers are used, so this runs on the minimal distribution and on
 * any full 8.x/9.x cluster. The document itself is kept verbatim in `_source.doc` (not indexed);
 * everything else is excluded from `_source`.
 */
import type { estypes } from '@elastic/elasticsearch';
import type { Doc } from '../../documents/types';
import type { AnalysedDoc } from '../../analysis/documents';
import { NAME_FIELDS, TEXT_FIELDS, type NameField, type TextField } from '../../ranking';
import { SEARCH_LIMITS, type FacetName } from '../../search/types';
import { unionTokens, type UnionMatch } from './union';

/**
 * Added to every static boost before indexing: `field_value_factor` may not produce a
 * negative score, and adding the same constant to every document changes no order.
 * Subtracted again from returned scores.
 */
export const STATIC_BOOST_OFFSET = 100;

/**
 * The leaf name (one token per document, the field typeahead hits most) gets an edge-prefix
 * index (2–19 characters, 19 is the maximum); the other name fields are plain keywords, whose
 * prefix queries walk the term dictionary. Prefix-indexing every name field doubled the load
 * time for no measurable query gain.
 */
const PREFIX_INDEXED: ReadonlySet<NameField> = new Set<NameField>(['leaf']);
/** The indexed body of one document. */
export interface IndexedBody {
  doc: Doc;
  sortKey: string;
  staticBoost: number;
  names: Record<NameField, string[]>;
  /** Union name fields for matching only (union.ts). */
  any: Record<UnionMatch, string[]>;
  text: Record<TextField, string>;
  facets: Partial<Record<FacetName, string[]>>;
}

/**
 * Text words longer than any query can be (SEARCH_LIMITS.maxQueryLength) can never match; they
 * are left out, as Lucene rejects a whole document with a term over 32766 bytes.
 */
const MAX_TEXT_WORD = SEARCH_LIMITS.maxQueryLength;

/** Build the body that is sent to Elasticsearch for a document. */
export function indexedBody(doc: Doc, analysed: AnalysedDoc, facets: Partial<Record<FacetName, string[]>>): IndexedBody {
  const words = (f: TextField) => analysed.text[f].filter((w) => w.length <= MAX_TEXT_WORD).join(' ');
  const text = Object.fromEntries(TEXT_FIELDS.map((f) => [f, words(f)])) as Record<TextField, string>;
  return {
    doc,
    sortKey: analysed.sortKey,
    staticBoost: Math.max(0, analysed.staticBoost + STATIC_BOOST_OFFSET),
    names: analysed.names,
    any: unionTokens(doc.kind, analysed.names),
    text,
    facets,
  };
}

function nameField(field: NameField): estypes.MappingProperty {
  if (!PREFIX_INDEXED.has(field)) return { type: 'keyword', doc_values: false };
  return { type: 'text', analyzer: 'keyword', index_options: 'docs', norms: false, index_prefixes: { min_chars: 2, max_chars: 19 } };
}

/** The mapping of a channel index of either kind; `meta` goes into `_meta`. */
export function indexMapping(facetNames: readonly FacetName[], meta: Record<string, unknown>): estypes.MappingTypeMapping {
  return {
    dynamic: 'strict',
    _meta: meta,
    _source: { excludes: ['sortKey', 'staticBoost', 'names.*', 'any.*', 'text.*', 'facets.*'] },
    properties: {
      doc: { type: 'object', enabled: false },
      sortKey: { type: 'keyword' },
      staticBoost: { type: 'double' },
      names: { properties: Object.fromEntries(NAME_FIELDS.map((f) => [f, nameField(f)])) },
      any: { properties: { prefix: { type: 'keyword', doc_values: false }, fuzzy: { type: 'keyword', doc_values: false } } },
      text: { properties: Object.fromEntries(TEXT_FIELDS.map((f) => [f, { type: 'text', analyzer: 'whitespace' }])) },
      facets: { properties: Object.fromEntries(facetNames.map((f) => [f, { type: 'keyword' }])) },
    },
  };
}

/**
 * Settings while loading: one shard (facet counts and totals are exact; a channel is small),
 * no replicas and no refresh until the load is done.
 */
export const LOAD_SETTINGS: estypes.IndicesIndexSettings = {
  number_of_shards: 1,
  number_of_replicas: 0,
  refresh_interval: '-1',
  // The index is thrown away if the load fails, so the translog need not be synced per request.
  translog: { durability: 'async', flush_threshold_size: '1gb' },
};

/** Settings once loaded: a replica when the cluster has a second data node, default refresh. */
export const LIVE_SETTINGS: estypes.IndicesIndexSettings = {
  auto_expand_replicas: '0-1',
  refresh_interval: '1s',
  translog: { durability: 'request' },
};
