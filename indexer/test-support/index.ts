/** Helpers for the indexer's tests (not used at run time). */
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ChannelConfig } from '@/core/channels/config';
import type { OptionDoc, PackageDoc } from '@/core/documents/types';
import type { Manifest } from '@/core/metadata/manifest';

/** The team's real channel data (read-only). */
export const SHARED_DATA = '/work/shared/data';

/** A temporary directory, removed by the returned cleanup. */
export function tempDir(prefix = 'nixsearch-indexer-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A channel configuration with defaults for tests. */
export function testChannel(id: string, inputs: Pick<ChannelConfig, 'packages' | 'optionSets'> & Partial<ChannelConfig>): ChannelConfig {
  return {
    label: id,
    revision: 'test-rev',
    sourceBaseUrl: `https://github.com/NixOS/nixpkgs/blob/test-rev/`,
    ...inputs,
    id,
  };
}

/** What a built metadata directory holds. */
export interface BuiltMetadata {
  manifest: Manifest;
  packages: Map<string, PackageDoc>;
  options: Map<string, OptionDoc>;
}

/** Read a channel's metadata directory completely (options keyed by `<set>:<name>`). */
export function readBuilt(dir: string): BuiltMetadata {
  const lines = (f: string) =>
    readFileSync(join(dir, f), 'utf8')
      .split('\n')
      .filter((l) => l !== '')
      .map((l) => JSON.parse(l) as unknown);
  const packages = new Map((lines('packages.jsonl') as PackageDoc[]).map((p) => [p.attrPath, p]));
  const options = new Map((lines('options.jsonl') as OptionDoc[]).map((o) => [`${o.optionSet}:${o.name}`, o]));
  return { manifest: JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest, packages, options };
}

/** Names in `<dataDir>/metadata` (to assert that no temporary directories are left). */
export function metadataEntries(dataDir: string): string[] {
  const root = join(dataDir, 'metadata');
  return existsSync(root) ? readdirSync(root).sort() : [];
}

/** The tiny fixture channel (indexer/pipeline/fixtures/tiny). */
export const TINY = fileURLToPath(new URL('../pipeline/fixtures/tiny', import.meta.url));

/** The repository root. */
export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The result of a CLI run. */
export interface CliRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Options of runCli. */
export interface CliOptions {
  env?: Record<string, string | undefined>;
  /** Called with each stderr chunk (e.g. to send a signal once a step has started). */
  onStderr?: (text: string, child: ChildProcess) => void;
  timeoutMs?: number;
}

/** The environment without the portal's own variables (tests pass what they mean). */
function cleanEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('NIXSEARCH_'))) as NodeJS.ProcessEnv;
}

/** Run `indexer/cli.ts` (as `npm run index` does) and collect its output. */
export async function runCli(args: string[], options: CliOptions = {}): Promise<CliRun> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(REPO_ROOT, 'indexer', 'cli.ts'), ...args], {
    cwd: REPO_ROOT,
    env: { ...cleanEnv(), ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => {
    stderr += d.toString();
    options.onStderr?.(stderr, child);
  });
  const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 120_000);
  const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) => child.on('close', (c, s) => resolve([c, s])));
  clearTimeout(timer);
  return { code, signal, stdout, stderr };
}

/** A fingerprint of a directory's files (names, sizes and contents), to assert it is untouched. */
export function snapshotDir(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir).sort()) out[name] = createHash('sha256').update(readFileSync(join(dir, name))).digest('hex');
  return out;
}
