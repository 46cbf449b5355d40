/**
 * The channel configuration file (`channels.json` at the repository root, or the file named
 * by NIXSEARCH_CHANNELS_FILE): which channels exist, where their inputs come from, their
 * revision and source-link base. Checked in and validated; relative paths are resolved
 * against the directory of the file.
 */
import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import { z } from 'zod';
import { channelMetaSchema } from '../metadata/manifest';
import { OPTION_SETS } from '../documents/types';

const isUrl = (s: string) => /^https?:\/\//.test(s);

/** An input: a published artifact (JSON, .br or .gz; path or URL) or a nixpkgs source to evaluate. */
export const sourceSchema = z.union([
  z.object({ artifact: z.string().min(1) }).strict(),
  z.object({ nixpkgs: z.string().min(1) }).strict(),
]);
/** An input of a channel. */
export type Source = z.infer<typeof sourceSchema>;

/** One option set of a channel. */
export const optionSetConfigSchema = z
  .object({
    id: z.enum(OPTION_SETS),
    source: sourceSchema,
    /** Base URL for declaration links of this set when it differs from the channel's (Home Manager). */
    sourceBaseUrl: z.string().url().optional(),
  })
  .strict();

/** One channel. */
export const channelConfigSchema = channelMetaSchema
  .extend({
    packages: sourceSchema.optional(),
    optionSets: z.array(optionSetConfigSchema).default([]),
  })
  .strict();
/** One channel of the configuration file. */
export type ChannelConfig = z.infer<typeof channelConfigSchema>;

/** The whole file. */
export const channelsFileSchema = z
  .object({
    channels: z
      .array(channelConfigSchema)
      .min(1)
      .refine((cs) => new Set(cs.map((c) => c.id)).size === cs.length, 'channel ids must be unique'),
  })
  .strict();

/** Raised when the configuration file is missing or invalid; the message lists every problem. */
export class ChannelConfigError extends Error {
  override name = 'ChannelConfigError';
}

/** Read and validate a channels file; relative source paths become absolute. */
export function loadChannelsFile(file: string): ChannelConfig[] {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ChannelConfigError(`Cannot read channel configuration ${file}: ${(error as Error).message}`, {
      cause: error,
    });
  }
  const parsed = channelsFileSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  - ${i.path.join('.') || '(root)'}: ${i.message}`);
    throw new ChannelConfigError(`Invalid channel configuration ${file}:\n${problems.join('\n')}`);
  }
  const base = dirname(resolve(file));
  const abs = (s: Source): Source =>
    'artifact' in s
      ? { artifact: isUrl(s.artifact) || isAbsolute(s.artifact) ? s.artifact : resolve(base, s.artifact) }
      : { nixpkgs: isUrl(s.nixpkgs) || isAbsolute(s.nixpkgs) ? s.nixpkgs : resolve(base, s.nixpkgs) };
  return parsed.data.channels.map((c) => ({
    ...c,
    packages: c.packages && abs(c.packages),
    optionSets: c.optionSets.map((o) => ({ ...o, source: abs(o.source) })),
  }));
}
