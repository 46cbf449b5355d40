/**
 * Start and stop a throwaway local Elasticsearch node (library API used by the CLI, tests and
 * benchmarks). The node binds 127.0.0.1 on free ports, keeps its data in a fresh temporary
 * directory, and is stopped (and its directory removed) by `stop()`, at process exit and on
 * SIGINT/SIGTERM. If this process dies without cleaning up (SIGKILL), the launcher gets
 * SIGTERM through the kernel's parent-death signal, and the next start removes the directory.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeNodeConfig } from './config';
import { DEFAULT_CACHE_DIR, ensureDistribution, ProvisioningError, tail, unpackDistribution } from './distribution';
import { canUserExecute, ES_USER, findJavaHome, resolveRunAs, type RunAs } from './runtime';
import { freePort } from '../net';
import { registerCleanup } from './cleanup';

/** Options of startElasticsearch. */
export interface StartOptions {
  cacheDir?: string;
  /** JVM heap in MB (default 512; at most 1024). */
  heapMb?: number;
  /** How long to wait for a yellow/green cluster (default 120 s). */
  startupTimeoutMs?: number;
  /** Progress lines (download, start); silent by default. */
  log?: (line: string) => void;
}

/** A running local node. */
export interface RunningElasticsearch {
  /** e.g. http://127.0.0.1:41234 */
  url: string;
  /** Process id of the launcher (the process group leader). */
  pid: number;
  /** The node's temporary directory (config, data, logs), removed by stop(). */
  runDir: string;
  /** Stop the node and remove its data; safe to call more than once. */
  stop(): Promise<void>;
  /** The last lines of the node's output and log. */
  logTail(lines?: number): string;
  /** Resolves when the node's process has exited (after stop(), or on its own). */
  exited: Promise<void>;
}

/** Run directories are `<tmpdir>/nixsearch-es-<owner pid>-<random>`. */
export const RUN_DIR_PREFIX = 'nixsearch-es-';

/** Remove run directories left by processes that died without cleaning up. */
export function sweepStaleRunDirs(base = tmpdir()): void {
  for (const name of readdirSync(base)) {
    const match = new RegExp(`^${RUN_DIR_PREFIX}(\\d+)-`).exec(name);
    if (!match) continue;
    const owner = Number(match[1]);
    if (owner === process.pid || isAlive(owner)) continue;
    rmSync(join(base, name), { recursive: true, force: true });
  }
  if (process.getuid?.() === 0) removePerfData({ name: ES_USER, uid: null, gid: null });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * The JVM version check run by the launch script keeps perf data in /tmp/hsperfdata_<user>
 * (it cannot be given -XX:-UsePerfData); a check killed at startup leaves its file. Remove
 * the files of dead processes, then the directory when empty (dedicated user only).
 */
function removePerfData(runAs: RunAs): void {
  const dir = join(tmpdir(), `hsperfdata_${runAs.name}`);
  try {
    for (const name of readdirSync(dir)) if (/^\d+$/.test(name) && !isAlive(Number(name))) rmSync(join(dir, name), { force: true });
    rmdirSync(dir);
  } catch {
    // missing, or still used by a running node of that user
  }
}

/** The node's home: the cache when the run user can read it, else a world-readable copy in /tmp. */
function homeFor(runAs: RunAs, cacheDir: string, log: (line: string) => void): string {
  const dist = ensureDistribution(cacheDir, log);
  if (canUserExecute(runAs, join(dist.home, 'bin', 'elasticsearch'))) return dist.home;
  // e.g. a clone under /root: the unprivileged user cannot traverse into it.
  const shared = join(tmpdir(), `nixsearch-elasticsearch-${dist.version}`);
  const home = unpackDistribution(dist.zipFile, shared, log);
  chmodSync(shared, 0o755);
  if (!canUserExecute(runAs, join(home, 'bin', 'elasticsearch'))) {
    throw new ProvisioningError(`The user ${runAs.name} cannot read the Elasticsearch distribution in ${home}`);
  }
  return home;
}

async function clusterIsUp(url: string): Promise<boolean> {
  try {
    const response = await fetch(`${url}/_cluster/health?wait_for_status=yellow&timeout=1s`, {
      signal: AbortSignal.timeout(3000),
    });
    if (!response.ok) return false;
    const body = (await response.json()) as { status?: string };
    return body.status === 'yellow' || body.status === 'green';
  } catch {
    return false;
  }
}

function waitForExit(child: ChildProcess, ms: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolveExit) => {
    const timer = setTimeout(() => resolveExit(false), ms);
    child.once('exit', () => {
      clearTimeout(timer);
      resolveExit(true);
    });
  });
}

/** Wait until no process of the group is left (or the time is up). */
async function waitForGroupExit(pid: number, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    try {
      process.kill(-pid, 0);
    } catch {
      return;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}

function killGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // already gone
  }
}

/** Start a local node and wait until its cluster is yellow or green. */
export async function startElasticsearch(options: StartOptions = {}): Promise<RunningElasticsearch> {
  const log = options.log ?? (() => {});
  const heapMb = Math.min(options.heapMb ?? 512, 1024);
  const timeoutMs = options.startupTimeoutMs ?? 120_000;
  sweepStaleRunDirs();
  const runAs = resolveRunAs();
  const home = homeFor(runAs, options.cacheDir ?? DEFAULT_CACHE_DIR, log);
  const javaHome = findJavaHome();

  const runDir = mkdtempSync(join(tmpdir(), `${RUN_DIR_PREFIX}${process.pid}-`));
  const dirs = { conf: join(runDir, 'config'), data: join(runDir, 'data'), logs: join(runDir, 'logs'), tmp: join(runDir, 'tmp') };
  let output = '';
  let child: ChildProcess | undefined;
  let stopped = false;
  const unregister = registerCleanup(() => {
    if (child?.pid && child.exitCode === null) killGroup(child.pid, 'SIGKILL');
    rmSync(runDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
  });

  const logTail = (lines = 40): string => {
    let file = '';
    try {
      file = readFileSync(join(dirs.logs, 'nixsearch-local.log'), 'utf8');
    } catch {
      // no log file yet
    }
    return tail(file || output, lines);
  };

  const stop = async (): Promise<void> => {
    if (stopped) return;
    stopped = true;
    if (child?.pid) {
      killGroup(child.pid, 'SIGTERM');
      if (!(await waitForExit(child, 20_000))) {
        killGroup(child.pid, 'SIGKILL');
        await waitForExit(child, 5_000);
      }
      // The server JVM is a child of the launcher in the same group; make sure it is gone too.
      killGroup(child.pid, 'SIGKILL');
      await waitForGroupExit(child.pid, 5_000);
    }
    rmSync(runDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
    if (runAs.uid !== null) removePerfData(runAs);
    unregister();
  };

  try {
    for (const dir of Object.values(dirs)) mkdirSync(dir, { recursive: true });
    const httpPort = await freePort();
    let transportPort = await freePort();
    while (transportPort === httpPort) transportPort = await freePort();
    writeNodeConfig(home, dirs.conf, { httpPort, transportPort, dataDir: dirs.data, logsDir: dirs.logs, heapMb });
    if (runAs.uid !== null) spawnSync('chown', ['-R', `${runAs.uid}:${runAs.gid}`, runDir]);
    chmodSync(runDir, 0o700);

    const ids = runAs.uid === null ? [] : [`--reuid=${runAs.uid}`, `--regid=${runAs.gid}`, '--clear-groups'];
    // setpriv: drop root, and have the kernel SIGTERM the launcher if this process dies.
    const env: Record<string, string> = {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      LANG: 'C.UTF-8',
      HOME: runDir,
      ES_JAVA_HOME: javaHome,
      ES_PATH_CONF: dirs.conf,
      ES_TMPDIR: dirs.tmp,
      // The launcher JVM's temp files (e.g. final-flags*) go to the run dir, not /tmp.
      CLI_JAVA_OPTS: `-XX:-UsePerfData -Djava.io.tmpdir=${dirs.tmp}`,
    };
    const proc = spawn('setpriv', [...ids, '--pdeathsig', 'TERM', join(home, 'bin', 'elasticsearch')], {
      cwd: runDir,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: env as NodeJS.ProcessEnv,
    });
    child = proc;
    const collect = (chunk: Buffer) => {
      output = (output + chunk.toString('utf8')).slice(-64 * 1024);
    };
    proc.stdout?.on('data', collect);
    proc.stderr?.on('data', collect);

    const url = `http://127.0.0.1:${httpPort}`;
    log(`Starting Elasticsearch on ${url} (heap ${heapMb} MB, data in ${runDir})…`);
    const deadline = Date.now() + timeoutMs;
    while (!(await clusterIsUp(url))) {
      if (proc.exitCode !== null || proc.signalCode !== null) {
        throw new ProvisioningError(`Elasticsearch exited during startup (code ${proc.exitCode ?? proc.signalCode}):\n${logTail()}`);
      }
      if (Date.now() > deadline) {
        throw new ProvisioningError(`Elasticsearch did not become healthy within ${Math.round(timeoutMs / 1000)} s:\n${logTail()}`);
      }
      await new Promise((r) => setTimeout(r, 500));
    }
    const pid = proc.pid ?? -1;
    const exited = new Promise<void>((r) => (proc.exitCode !== null ? r() : proc.once('exit', () => r())));
    return { url, pid, runDir, stop, logTail, exited };
  } catch (error) {
    await stop();
    throw error;
  }
}
