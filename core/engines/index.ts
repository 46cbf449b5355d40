/**
 * The one place where the search backend is chosen, from validated configuration. Backends
 * take explicit options and never read the environment themselves. An unknown name is a
 * clear error.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadChannelsFile } from '@/core/channels/config';
import type { AppConfig } from '@/core/config';
import type { SearchEngine } from '@/core/search/engine';
import { SqliteEngine } from './sqlite/engine';
import { ElasticsearchEngine } from './elasticsearch/engine';

/** Names of the available backends. */
export const ENGINE_NAMES = ['sqlite', 'elasticsearch'] as const;

/** Raised for a backend name that does not exist. */
export class UnknownEngineError extends Error {
  override name = 'UnknownEngineError';
}

/** Directory of the SQLite channel databases. */
export function sqliteDir(dataDir: string): string {
  return join(dataDir, 'sqlite');
}

/** Channel ids in configuration order (empty when the file is missing or invalid: order is cosmetic). */
function channelOrder(file: string): string[] {
  try {
    return existsSync(file) ? loadChannelsFile(file).map((c) => c.id) : [];
  } catch {
    return [];
  }
}

/** Create the configured engine. */
export function createEngine(config: AppConfig): SearchEngine {
  const name: string = config.engine;
  switch (name) {
    case 'sqlite':
      return new SqliteEngine({ dir: sqliteDir(config.dataDir), channelOrder: channelOrder(config.channelsFile) });
    case 'elasticsearch':
      return new ElasticsearchEngine({ ...config.elasticsearch, channelOrder: channelOrder(config.channelsFile) });
    default:
      throw new UnknownEngineError(`Unknown search engine "${name}": expected one of ${ENGINE_NAMES.join(', ')}`);
  }
}
