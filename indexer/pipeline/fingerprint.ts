/**
 * Input fingerprints known before a build (used to decide whether existing metadata can be
 * reused): the SHA-256 of a local artifact file, or the commit of a clean git checkout of
 * nixpkgs. URLs and other sources have no fingerprint until they have been read, so they are
 * always rebuilt (engines still skip re-publishing identical content).
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createReadStream, existsSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Source } from '@/core/channels/config';
import { isUrl } from '../import/open';

const run = promisify(execFile);

/** SHA-256 of a file, streamed. */
export async function fileSha256(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** Commit of a clean git checkout, or null (not a checkout, dirty, or git missing). */
async function cleanGitCommit(dir: string): Promise<string | null> {
  if (!existsSync(join(dir, '.git'))) return null;
  try {
    const head = (await run('git', ['-C', dir, 'rev-parse', 'HEAD'])).stdout.trim();
    const status = (await run('git', ['-C', dir, 'status', '--porcelain', '--untracked-files=no'])).stdout.trim();
    return status === '' && /^[0-9a-f]{40}$/.test(head) ? head : null;
  } catch {
    return null;
  }
}

/** The fingerprint of a source before reading it, or null when it cannot be known in advance. */
export async function fingerprintBeforeRead(source: Source): Promise<string | null> {
  if ('artifact' in source) {
    if (isUrl(source.artifact) || !existsSync(source.artifact)) return null;
    return `sha256:${await fileSha256(source.artifact)}`;
  }
  if (isUrl(source.nixpkgs)) return null;
  const commit = await cleanGitCommit(source.nixpkgs);
  return commit ? `git:${commit}` : null;
}
