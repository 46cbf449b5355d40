/** SQLite-specific behaviour: a killed publish, reopening a replaced file, schema mismatches. */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { EngineUnavailableError } from '@/core/search/errors';
import { SEARCH_LIMITS } from '@/core/search/types';
import { PACKAGES, fixtureInput, pkg } from '../testing/fixtures';
import { SqliteEngine } from './engine';
import { channelFile } from './schema';

const dirs: string[] = [];
const engines: SqliteEngine[] = [];
afterEach(async () => {
  for (const e of engines.splice(0)) await e.close();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function setup(): { dir: string; engine: SqliteEngine } {
  const dir = mkdtempSync(join(tmpdir(), 'nixsearch-sqlite-store-'));
  dirs.push(dir);
  const engine = new SqliteEngine({ dir });
  engines.push(engine);
  return { dir, engine };
}

const total = async (engine: SqliteEngine, channel: string) =>
  (await engine.search({ channel, kind: 'package', query: '', filters: {}, sort: 'relevance', from: 0, size: SEARCH_LIMITS.defaultPageSize })).total;

describe('sqlite store', () => {
  it('a publish killed mid-load leaves the previous file serving; its temp file is removed later', async () => {
    const { dir, engine } = setup();
    await engine.publish(fixtureInput('ch', 'r1'));
    const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('./testing/publish-child.ts', import.meta.url)), dir, 'ch', 'r2'], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (b: Buffer) => b.toString().includes('loading') && resolve());
      child.on('exit', (code) => reject(new Error(`child exited early (${code})`)));
    });
    expect(readdirSync(dir).some((f) => f.endsWith('.tmp'))).toBe(true);
    child.kill('SIGKILL');
    await new Promise((r) => child.on('exit', r));
    expect(await total(engine, 'ch')).toBe(PACKAGES.length);
    expect((await engine.listChannels())[0]?.revision).toBe('r1');
    const fresh = new SqliteEngine({ dir });
    engines.push(fresh);
    expect(await total(fresh, 'ch')).toBe(PACKAGES.length);
    await fresh.publish(fixtureInput('ch', 'r3'));
    expect(readdirSync(dir).filter((f) => f.includes('.tmp'))).toEqual([]);
  }, 120_000);

  it('a serving engine picks up a file replaced by another process', async () => {
    const { dir, engine } = setup();
    await engine.publish(fixtureInput('ch', 'r1'));
    expect(await total(engine, 'ch')).toBe(PACKAGES.length);
    const other = new SqliteEngine({ dir });
    engines.push(other);
    await other.publish(fixtureInput('ch', 'r2', [...PACKAGES, pkg('extra-one')]));
    expect(await total(engine, 'ch')).toBe(PACKAGES.length + 1);
    expect(await engine.getPackage('ch', 'extra-one')).not.toBeNull();
  });

  it('a database of another schema is not served and is rebuilt by the next publish', async () => {
    const { dir, engine } = setup();
    await engine.publish(fixtureInput('ch', 'r1'));
    const db = new Database(channelFile(dir, 'ch'));
    db.pragma('user_version = 999');
    db.close();
    const fresh = new SqliteEngine({ dir });
    engines.push(fresh);
    await expect(total(fresh, 'ch')).rejects.toBeInstanceOf(EngineUnavailableError);
    expect(await fresh.listChannels()).toEqual([]);
    expect((await fresh.publish(fixtureInput('ch', 'r1'))).published).toBe(true);
    expect(await total(fresh, 'ch')).toBe(PACKAGES.length);
  });

  it('a corrupt file is an EngineUnavailableError, not a crash', async () => {
    const { dir } = setup();
    const { writeFileSync } = await import('node:fs');
    writeFileSync(channelFile(dir, 'broken'), 'not a database');
    const engine = new SqliteEngine({ dir });
    engines.push(engine);
    await expect(total(engine, 'broken')).rejects.toBeInstanceOf(EngineUnavailableError);
    expect((await engine.health()).ok).toBe(false);
  });
});
