/**
 * The provisioning script on this machine, for real: the cached distribution is reused, `run`
 * passes ELASTICSEARCH_NODES and the exit code and leaves nothing behind, a node that is not
 * healthy in time is stopped with its log in the error, and a parent killed with SIGKILL takes
 * its node down (parent-death signal) while the next start removes the directory it left.
 * These start their own nodes (never the shared one), so they take a minute or so.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { distributionPaths, ensureDistribution, ProvisioningError } from './distribution';
import { RUN_DIR_PREFIX, startElasticsearch, sweepStaleRunDirs } from './node';

const CLI = join(import.meta.dirname, '..', 'elasticsearch.ts');

/** Pids of processes whose command line mentions `needle`. */
function processesMentioning(needle: string): number[] {
  const out: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue;
    try {
      if (readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes(needle)) out.push(Number(entry));
    } catch {
      // gone meanwhile
    }
  }
  return out;
}

async function waitUntil(check: () => boolean, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (check()) return true;
    await new Promise((r) => setTimeout(r, 250));
  }
  return check();
}

describe('Elasticsearch provisioning', { timeout: 180_000 }, () => {
  it('reuses the cached distribution without downloading again', () => {
    const first = ensureDistribution();
    const zipTime = existsSync(first.zipFile) ? statSync(first.zipFile).mtimeMs : null;
    const started = Date.now();
    const again = ensureDistribution();
    expect(Date.now() - started).toBeLessThan(1000);
    expect(again).toEqual(distributionPaths());
    expect(existsSync(join(again.home, 'bin', 'elasticsearch'))).toBe(true);
    if (zipTime !== null) expect(statSync(again.zipFile).mtimeMs).toBe(zipTime);
  });

  it('`run` gives the command a healthy node, passes its exit code, and leaves nothing behind', () => {
    const check = `fetch(process.env.ELASTICSEARCH_NODES + '/_cluster/health').then((r) => r.json()).then((h) => { console.log('STATUS ' + h.status); process.exit(7); })`;
    const result = spawnSync(process.execPath, ['--import', 'tsx', CLI, 'run', '--', process.execPath, '-e', check], {
      encoding: 'utf8',
      timeout: 150_000,
    });
    expect(result.stdout).toMatch(/STATUS (green|yellow)/);
    expect(result.status).toBe(7);
    const ownDirs = readdirSync(tmpdir()).filter((d) => d.startsWith(`${RUN_DIR_PREFIX}${result.pid}-`));
    expect(ownDirs).toEqual([]);
    expect(processesMentioning(`${RUN_DIR_PREFIX}${result.pid}-`)).toEqual([]);
  });

  it('a node that is not healthy in time is stopped and its log is in the error', async () => {
    const error = await startElasticsearch({ startupTimeoutMs: 1 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProvisioningError);
    expect((error as Error).message).toMatch(/did not become healthy within/);
    expect(await waitUntil(() => processesMentioning(`${RUN_DIR_PREFIX}${process.pid}-`).length === 0, 10_000)).toBe(true);
    expect(readdirSync(tmpdir()).filter((d) => d.startsWith(`${RUN_DIR_PREFIX}${process.pid}-`))).toEqual([]);
  });

  it('a parent killed with SIGKILL takes its node down; the next start removes the directory it left', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', CLI, 'start'], { stdio: ['ignore', 'pipe', 'pipe'] });
    const marker = `${RUN_DIR_PREFIX}${child.pid}-`;
    let output = '';
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const m = /^(http:\/\/127\.0\.0\.1:\d+)$/m.exec(output);
        if (m) resolve(m[1]!);
      });
      child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.once('exit', (code) => reject(new Error(`start exited (${code}):\n${output}`)));
    });
    expect((await fetch(`${url}/_cluster/health`)).ok).toBe(true);
    expect(processesMentioning(marker).length).toBeGreaterThan(0);
    child.kill('SIGKILL');
    expect(await waitUntil(() => processesMentioning(marker).length === 0, 30_000)).toBe(true);
    await expect(fetch(`${url}/_cluster/health`)).rejects.toThrow();
    expect(readdirSync(tmpdir()).some((d) => d.startsWith(marker))).toBe(true);
    sweepStaleRunDirs();
    expect(readdirSync(tmpdir()).some((d) => d.startsWith(marker))).toBe(false);
  });
});
