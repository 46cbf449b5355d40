/**
 * Channel metadata kept in each index's mapping `_meta` (key `nixsearch`): which prefix,
 * channel and kind the index belongs to, the content hash it was built from, and, once
 * loaded, its counts and publication time. Because the metadata lives in the index, the
 * one `_aliases` request that switches a channel also switches its metadata: there is no
 * second store to get out of step.
 */
import type { Client } from '@elastic/elasticsearch';
import { z } from 'zod';
import { OPTION_SETS, SCHEMA_VERSION } from '../../documents/types';
import { channelMetaSchema } from '../../metadata/manifest';
import { aliasName } from './names';

/** Version of mapping.ts's layout; bump with every mapping change (a rebuild is then needed). */
export const MAPPING_VERSION = 3;

const indexMetaSchema = z.object({
  prefix: z.string(),
  schemaVersion: z.number(),
  mappingVersion: z.number(),
  kind: z.enum(['package', 'option']),
  channel: channelMetaSchema,
  contentHash: z.string(),
  state: z.enum(['building', 'live']),
  createdAt: z.string(),
  counts: z.object({ packages: z.number(), options: z.number() }).optional(),
  optionCounts: z.partialRecord(z.enum(OPTION_SETS), z.number()).optional(),
  publishedAt: z.string().optional(),
  /** The analysis that built the index (core/analysis/version.ts). */
  analysis: z.string().optional(),
  /** Common description words of the index's documents (core/analysis/common-words.ts), for query plans. */
  commonWords: z.array(z.string()).optional(),
});
/** What `_meta.nixsearch` holds. */
export type IndexMeta = z.infer<typeof indexMetaSchema>;

/** `_meta.nixsearch` of an index, or null when it is missing or not ours. */
export function parseIndexMeta(raw: unknown): IndexMeta | null {
  const parsed = indexMetaSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

/** An index of this prefix, with its aliases and metadata. */
export interface IndexInfo {
  index: string;
  aliases: string[];
  meta: IndexMeta | null;
}

interface GetIndexEntry {
  aliases?: Record<string, unknown>;
  mappings?: { _meta?: { nixsearch?: unknown } };
}

/** Every index matching `pattern` (wildcards allowed), with aliases and parsed `_meta`. */
export async function listIndices(client: Client, pattern: string): Promise<IndexInfo[]> {
  const response = (await client.indices.get({
    index: pattern,
    features: ['aliases', 'mappings'],
    expand_wildcards: 'open',
    allow_no_indices: true,
    ignore_unavailable: true,
    filter_path: ['*.aliases', '*.mappings._meta'],
  })) as unknown as Record<string, GetIndexEntry> | undefined;
  return Object.entries(response ?? {}).map(([index, entry]) => {
    return { index, aliases: Object.keys(entry.aliases ?? {}), meta: parseIndexMeta(entry.mappings?._meta?.nixsearch) };
  });
}

/** True when the index is the live one of its channel and kind for this prefix and schema. */
export function isLive(info: IndexInfo, prefix: string): boolean {
  const m = info.meta;
  return (
    m !== null &&
    m.prefix === prefix &&
    m.schemaVersion === SCHEMA_VERSION &&
    m.state === 'live' &&
    info.aliases.includes(aliasName(prefix, m.channel.id, m.kind))
  );
}

/** `_meta` body for an index. */
export function metaBody(meta: IndexMeta): { nixsearch: IndexMeta } {
  return { nixsearch: meta };
}
