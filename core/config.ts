/**
 * Runtime configuration, read once from the environment and validated; every problem is
 * reported in one message. Only this module reads `process.env` for the search core; engines
 * take explicit options (see core/engines/index.ts). Every variable is documented in
 * README.md and .env.example.
 */
import { resolve } from 'node:path';
import { z } from 'zod';

const optionalString = z
  .string()
  .optional()
  .transform((s) => (s === undefined || s.trim() === '' ? undefined : s.trim()));

const envSchema = z.object({
  NIXSEARCH_ENGINE: z.enum(['sqlite', 'elasticsearch']).default('sqlite'),
  NIXSEARCH_DATA_DIR: optionalString,
  NIXSEARCH_CHANNELS_FILE: optionalString,
  NIXSEARCH_SITE_URL: optionalString.pipe(z.string().url().optional()),
  ELASTICSEARCH_NODES: optionalString,
  ELASTICSEARCH_API_KEY: optionalString,
  ELASTICSEARCH_USERNAME: optionalString,
  ELASTICSEARCH_PASSWORD: optionalString,
  ELASTICSEARCH_CA_FILE: optionalString,
  ELASTICSEARCH_INDEX_PREFIX: z
    .string()
    .regex(/^[a-z0-9][a-z0-9_-]*$/, 'lowercase letters, digits, "_" and "-"')
    .default('nixsearch'),
  ELASTICSEARCH_REQUEST_TIMEOUT_MS: z.coerce.number().int().positive().default(5000),
});

/** Elasticsearch connection settings. */
export interface ElasticsearchSettings {
  nodes: string[];
  auth: { apiKey: string } | { username: string; password: string } | undefined;
  caFile: string | undefined;
  indexPrefix: string;
  requestTimeoutMs: number;
}

/** The validated configuration. */
export interface AppConfig {
  engine: 'sqlite' | 'elasticsearch';
  /** Where JSON metadata (`metadata/`) and SQLite databases (`sqlite/`) live. */
  dataDir: string;
  channelsFile: string;
  /** Public base URL of the site, for canonical links; undefined = derive from the request. */
  siteUrl: string | undefined;
  elasticsearch: ElasticsearchSettings;
}

/** Raised when the environment is invalid; lists every problem. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Parse configuration from an environment (process.env by default). */
export function readConfig(env: Record<string, string | undefined> = process.env, cwd = process.cwd()): AppConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  - ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${problems.join('\n')}`);
  }
  const e = parsed.data;
  const problems: string[] = [];
  if (e.ELASTICSEARCH_USERNAME && !e.ELASTICSEARCH_PASSWORD) problems.push('  - ELASTICSEARCH_PASSWORD: required with ELASTICSEARCH_USERNAME');
  if (e.ELASTICSEARCH_API_KEY && e.ELASTICSEARCH_USERNAME) problems.push('  - ELASTICSEARCH_API_KEY: give either an API key or a username, not both');
  if (e.NIXSEARCH_ENGINE === 'elasticsearch' && !e.ELASTICSEARCH_NODES) problems.push('  - ELASTICSEARCH_NODES: required when NIXSEARCH_ENGINE=elasticsearch');
  const nodes = (e.ELASTICSEARCH_NODES ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  for (const n of nodes) if (!/^https?:\/\/[^\s]+$/.test(n)) problems.push(`  - ELASTICSEARCH_NODES: "${n}" is not an http(s) URL`);
  if (problems.length > 0) throw new ConfigError(`Invalid configuration:\n${problems.join('\n')}`);
  return {
    engine: e.NIXSEARCH_ENGINE,
    dataDir: resolve(cwd, e.NIXSEARCH_DATA_DIR ?? '.data'),
    channelsFile: resolve(cwd, e.NIXSEARCH_CHANNELS_FILE ?? 'channels.json'),
    siteUrl: e.NIXSEARCH_SITE_URL,
    elasticsearch: {
      nodes,
      auth: e.ELASTICSEARCH_API_KEY
        ? { apiKey: e.ELASTICSEARCH_API_KEY }
        : e.ELASTICSEARCH_USERNAME
          ? { username: e.ELASTICSEARCH_USERNAME, password: e.ELASTICSEARCH_PASSWORD ?? '' }
          : undefined,
      caFile: e.ELASTICSEARCH_CA_FILE,
      indexPrefix: e.ELASTICSEARCH_INDEX_PREFIX,
      requestTimeoutMs: e.ELASTICSEARCH_REQUEST_TIMEOUT_MS,
    },
  };
}
