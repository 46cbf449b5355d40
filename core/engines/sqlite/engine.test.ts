/** The SQLite backend runs the shared backend suite on a temporary directory. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runBackendSuite } from '../testing/suite';
import { SqliteEngine } from './engine';

runBackendSuite('sqlite', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'nixsearch-sqlite-'));
  return { engine: new SqliteEngine({ dir }), cleanup: async () => rmSync(dir, { recursive: true, force: true }) };
});
