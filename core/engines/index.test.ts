import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readConfig, type AppConfig } from '@/core/config';
import { createEngine, UnknownEngineError } from './index';

describe('createEngine', () => {
  it('builds the SQLite engine from configuration, serving <dataDir>/sqlite', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nixsearch-factory-'));
    try {
      const engine = createEngine(readConfig({ NIXSEARCH_ENGINE: 'sqlite', NIXSEARCH_DATA_DIR: dir }));
      expect(engine.name).toBe('sqlite');
      expect(await engine.listChannels()).toEqual([]);
      expect((await engine.health()).detail).toContain(join(dir, 'sqlite'));
      await engine.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('an unknown backend name is a clear error', () => {
    const config = { ...readConfig({}), engine: 'solr' } as unknown as AppConfig;
    expect(() => createEngine(config)).toThrow(UnknownEngineError);
    expect(() => createEngine(config)).toThrow(/Unknown search engine "solr"/);
  });
});
