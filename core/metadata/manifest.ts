/**
 * The manifest of a channel's JSON metadata (`manifest.json` beside `packages.jsonl` and
 * `options.jsonl`). Written by the indexer last, read by engines and by anyone who
 * downloads the metadata. Documented in docs/schema.md; validated on read.
 */
import { z } from 'zod';
import { OPTION_SETS } from '../documents/types';

/** Channel ids name files and indices: letters, digits, ".", "_" and "-". */
export const CHANNEL_ID = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/** The channel a metadata set belongs to: what the engines publish and the site shows. */
export const channelMetaSchema = z.object({
  id: z.string().regex(CHANNEL_ID, 'channel ids are letters, digits, ".", "_" and "-"'),
  label: z.string().min(1),
  /** Revision of the sources (a commit, or a branch name when the commit is unknown). */
  revision: z.string().min(1),
  /** Base URL for source links at that revision, ending in "/". */
  sourceBaseUrl: z.string().url(),
});
/** The channel a metadata set belongs to. */
export type ChannelMeta = z.infer<typeof channelMetaSchema>;

/** File names inside a channel's metadata directory. */
export const METADATA_FILES = {
  manifest: 'manifest.json',
  packages: 'packages.jsonl',
  options: 'options.jsonl',
} as const;

/** manifest.json. */
export const manifestSchema = z.object({
  schemaVersion: z.number().int().positive(),
  channel: channelMetaSchema,
  /** Where each input came from (paths or URLs, and how: "artifact" or "nix"). */
  sources: z.array(
    z.object({
      kind: z.enum(['packages', 'options']),
      optionSet: z.enum(OPTION_SETS).optional(),
      method: z.enum(['artifact', 'nix']),
      location: z.string(),
    }),
  ),
  counts: z.object({
    packages: z.number().int().nonnegative(),
    options: z.partialRecord(z.enum(OPTION_SETS), z.number().int().nonnegative()),
  }),
  /** Entries skipped as malformed, by reason. */
  skipped: z.record(z.string(), z.number().int().nonnegative()),
  /** Milliseconds per pipeline step. */
  timings: z.record(z.string(), z.number().nonnegative()),
  /** Hash over the inputs and the schema version; engines use it to skip re-publishing. */
  contentHash: z.string(),
  tool: z.object({ name: z.string(), version: z.string() }),
  createdAt: z.string(),
});
/** manifest.json. */
export type Manifest = z.infer<typeof manifestSchema>;

/** Total number of options over every option set of a manifest. */
export function optionCount(manifest: Pick<Manifest, 'counts'>): number {
  return Object.values(manifest.counts.options).reduce((a, b) => a + (b ?? 0), 0);
}
