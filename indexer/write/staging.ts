/**
 * Atomic replacement of a channel's metadata directory. Everything is written into a
 * temporary directory beside the final one (`<dataDir>/metadata/.tmp-<channel>-<pid>-<random>`)
 * and renamed into place only when complete; a failed or interrupted run removes its temporary
 * directory and leaves the previous metadata untouched. Directories cannot be swapped in one
 * rename, so the switch is: old → `.old-<channel>-<pid>-…`, new → final, remove old. A run
 * killed between the two renames is repaired by the next run (`recoverStaging`).
 */
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';

/** `<dataDir>/metadata`. */
export function metadataRoot(dataDir: string): string {
  return join(dataDir, 'metadata');
}

/** `<dataDir>/metadata/<channel>`. */
export function channelMetadataDir(dataDir: string, channel: string): string {
  return join(metadataRoot(dataDir), channel);
}

const TEMP = /^\.(tmp|old)-(.+)-(\d+)-[A-Za-z0-9]+$/;

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Clean up after runs that were killed without a chance to clean (SIGKILL, power loss):
 * remove their temporary directories, and put back an old directory whose replacement never
 * arrived. Directories of live processes are left alone.
 */
export function recoverStaging(dataDir: string): void {
  const root = metadataRoot(dataDir);
  if (!existsSync(root)) return;
  for (const name of readdirSync(root)) {
    const m = TEMP.exec(name);
    if (!m || processAlive(Number(m[3]))) continue;
    const path = join(root, name);
    const final = join(root, m[2]!);
    if (m[1] === 'old' && !existsSync(final)) renameSync(path, final);
    else rmSync(path, { recursive: true, force: true });
  }
}

/** A temporary directory that becomes a channel's metadata directory on commit. */
export interface Staging {
  /** The temporary directory to write into. */
  dir: string;
  /** Rename into place (replacing the previous metadata). */
  commit(): Promise<void>;
  /** Remove the temporary directory (no-op after commit). */
  discard(): Promise<void>;
}

/** Staging directories of this process not yet committed or discarded (for exit handlers). */
const active = new Set<string>();

/** Remove every staging directory of this process synchronously (exit and signal handlers). */
export function discardAllStagingSync(): void {
  for (const dir of active) rmSync(dir, { recursive: true, force: true });
  active.clear();
}

/** Create the temporary directory for a channel's new metadata. */
export async function createStaging(dataDir: string, channel: string): Promise<Staging> {
  const root = metadataRoot(dataDir);
  await mkdir(root, { recursive: true });
  const dir = await mkdtemp(join(root, `.tmp-${channel}-${process.pid}-`));
  active.add(dir);
  let done = false;
  return {
    dir,
    async commit() {
      const final = channelMetadataDir(dataDir, channel);
      const old = `${join(root, `.old-${channel}-${process.pid}-`)}${Math.random().toString(36).slice(2, 10)}`;
      const hadOld = existsSync(final);
      // mkdtemp makes the directory private (0700); published metadata is for anyone to read.
      await chmod(dir, 0o755);
      if (hadOld) await rename(final, old);
      await rename(dir, final);
      done = true;
      active.delete(dir);
      if (hadOld) await rm(old, { recursive: true, force: true });
    },
    async discard() {
      if (!done) await rm(dir, { recursive: true, force: true });
      done = true;
      active.delete(dir);
    },
  };
}
