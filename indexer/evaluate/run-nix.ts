/**
 * Run one Nix command as its own process group: stdout handed to a consumer (streamed, never
 * buffered here), stderr split into lines for logs, killed as a group on abort, on timeout,
 * when the consumer fails, and when this Node process exits.
 */
import { spawn } from 'node:child_process';
import type { Readable } from 'node:stream';
import {
  EvaluationAbortedError,
  EvaluationError,
  EvaluationTimeoutError,
  NixEvaluationError,
  NixNotFoundError,
} from './errors';

/** Lines of Nix's stderr kept for error messages. */
export const STDERR_TAIL_LINES = 20;
/** Time between SIGTERM and SIGKILL when stopping a Nix process group. */
const KILL_GRACE_MS = 3_000;

/** One Nix invocation. */
export interface NixCommand<T> {
  command: string;
  args: string[];
  env: NodeJS.ProcessEnv;
  /** What is being done, for messages ("evaluating packages of /src"). */
  what: string;
  timeoutMs: number;
  signal?: AbortSignal;
  onLog?: (line: string) => void;
  /** Reads the whole of stdout; its result is returned when Nix succeeds. */
  consumeStdout: (stdout: Readable) => Promise<T>;
}

// Process groups still running, killed if this process exits first (no orphaned evaluations).
const liveGroups = new Set<number>();
let exitHookInstalled = false;
function trackGroup(pgid: number): void {
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    process.on('exit', () => {
      for (const group of liveGroups) signalGroup(group, 'SIGKILL');
    });
  }
  liveGroups.add(pgid);
}

function signalGroup(pgid: number, signal: NodeJS.Signals): boolean {
  try {
    process.kill(-pgid, signal);
    return true;
  } catch {
    return false; // ESRCH: the group is gone
  }
}

// Nix colours some output even when stderr is not a terminal.
const ANSI = /\x1b\[[0-9;?]*[A-Za-z]/g;

/** Run a Nix command; resolves with the consumer's result, or rejects with a typed error. */
export function runNix<T>(cmd: NixCommand<T>): Promise<T> {
  if (cmd.signal?.aborted) return Promise.reject(new EvaluationAbortedError(`Aborted before ${cmd.what}`));
  return new Promise<T>((resolve, reject) => {
    const child = spawn(cmd.command, cmd.args, {
      env: cmd.env,
      detached: true, // own process group, so a kill reaches everything Nix started
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const tail: string[] = [];
    let stopReason: 'aborted' | 'timeout' | 'consumer' | undefined;
    let consumerError: unknown;
    let consumed: { value: T } | undefined;
    let exit: { code: number | null } | undefined;
    let spawnError: NodeJS.ErrnoException | undefined;
    let killTimer: NodeJS.Timeout | undefined;

    const stop = (reason: 'aborted' | 'timeout' | 'consumer') => {
      if (stopReason || child.pid === undefined || exit) return;
      stopReason = reason;
      signalGroup(child.pid, 'SIGTERM');
      killTimer = setTimeout(() => child.pid !== undefined && signalGroup(child.pid, 'SIGKILL'), KILL_GRACE_MS);
      killTimer.unref();
    };
    const onAbort = () => stop('aborted');
    cmd.signal?.addEventListener('abort', onAbort, { once: true });
    const timer = setTimeout(() => stop('timeout'), cmd.timeoutMs);
    timer.unref();
    if (child.pid !== undefined) trackGroup(child.pid);

    let partial = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      const lines = (partial + chunk).split(/\r\n|\n|\r/);
      partial = lines.pop() ?? '';
      for (const line of lines) logLine(line);
    });
    const logLine = (raw: string) => {
      const line = raw.replace(ANSI, '');
      tail.push(line);
      if (tail.length > STDERR_TAIL_LINES) tail.shift();
      cmd.onLog?.(line);
    };

    const finish = () => {
      if (!exit || (!consumed && consumerError === undefined && !spawnError)) return;
      clearTimeout(timer);
      clearTimeout(killTimer);
      cmd.signal?.removeEventListener('abort', onAbort);
      if (child.pid !== undefined) {
        // The leader is gone; make sure nothing it started survives it.
        signalGroup(child.pid, 'SIGKILL');
        liveGroups.delete(child.pid);
      }
      if (partial) logLine(partial);
      const line = [cmd.command, ...cmd.args].join(' ');
      if (spawnError?.code === 'ENOENT') return reject(new NixNotFoundError(cmd.command, { cause: spawnError }));
      if (spawnError) return reject(new EvaluationError(`Cannot run ${cmd.command}: ${spawnError.message}`, { cause: spawnError }));
      if (stopReason === 'aborted') return reject(new EvaluationAbortedError(`Aborted while ${cmd.what}; Nix was stopped`));
      if (stopReason === 'timeout')
        return reject(
          new EvaluationTimeoutError(`Timed out after ${Math.round(cmd.timeoutMs / 100) / 10} s while ${cmd.what}; Nix was stopped`),
        );
      if (stopReason === 'consumer') return reject(consumerError);
      if (exit.code !== 0) return reject(new NixEvaluationError(line, exit.code, tail, capitalise(cmd.what)));
      if (consumerError !== undefined) return reject(consumerError);
      if (consumed) return resolve(consumed.value);
    };

    child.on('error', (error: NodeJS.ErrnoException) => {
      spawnError = error;
      exit ??= { code: null };
      finish();
    });
    child.on('close', (code) => {
      exit = { code };
      finish();
    });
    cmd.consumeStdout(child.stdout).then(
      (value) => {
        consumed = { value };
        finish();
      },
      (error: unknown) => {
        consumerError = error;
        stop('consumer');
        child.stdout.resume(); // let Nix finish writing so that it can be stopped
        finish();
      },
    );
  });
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
