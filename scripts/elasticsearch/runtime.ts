/**
 * What the node needs from the machine: a Java home and an unprivileged user to run as.
 * Elasticsearch refuses to run as root, so as root we run it as a dedicated system user
 * (created here when missing); otherwise as ourselves.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, realpathSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { hasCommand, ProvisioningError } from './distribution';

/** The system user the node runs as when we are root. */
export const ES_USER = 'nixsearch-es';

/** The user the node runs as; `null` ids mean "ourselves". */
export interface RunAs {
  name: string;
  uid: number | null;
  gid: number | null;
}

/** A Java home for ES_JAVA_HOME: ES_JAVA_HOME, then JAVA_HOME, then the `java` on PATH. */
export function findJavaHome(env: NodeJS.ProcessEnv = process.env): string {
  for (const candidate of [env.ES_JAVA_HOME, env.JAVA_HOME]) {
    if (candidate && existsSync(join(candidate, 'bin', 'java'))) return candidate;
  }
  if (hasCommand('java')) {
    const which = spawnSync('sh', ['-c', 'command -v java'], { encoding: 'utf8' }).stdout.trim();
    return dirname(dirname(realpathSync(which)));
  }
  throw new ProvisioningError('Java 17 or newer is needed to run Elasticsearch; install it with: apt-get install -y openjdk-17-jre-headless');
}

function idOf(flag: '-u' | '-g', name: string): number | null {
  const result = spawnSync('id', [flag, name], { encoding: 'utf8' });
  return result.status === 0 ? Number(result.stdout.trim()) : null;
}

/** Resolve (and as root, create) the user to run the node as. */
export function resolveRunAs(): RunAs {
  const uid = process.getuid?.() ?? -1;
  if (uid !== 0) return { name: String(process.env.USER ?? uid), uid: null, gid: null };
  if (idOf('-u', ES_USER) === null) {
    const created = spawnSync(
      'useradd',
      ['--system', '--no-create-home', '--home-dir', '/nonexistent', '--shell', '/usr/sbin/nologin', '--user-group', ES_USER],
      { encoding: 'utf8' },
    );
    // Another process may have created it at the same moment: check again before failing.
    if (created.status !== 0 && idOf('-u', ES_USER) === null) {
      throw new ProvisioningError(`Cannot create the user ${ES_USER} to run Elasticsearch as: ${created.stderr.trim()}`);
    }
  }
  const userId = idOf('-u', ES_USER);
  const groupId = idOf('-g', ES_USER);
  if (userId === null || groupId === null) throw new ProvisioningError(`Cannot resolve the user ${ES_USER}`);
  return { name: ES_USER, uid: userId, gid: groupId };
}

/** True when `user` can read and run the file at `path` (checks every parent directory too). */
export function canUserExecute(runAs: RunAs, path: string): boolean {
  if (runAs.uid === null) return true;
  const result = spawnSync('setpriv', [`--reuid=${runAs.uid}`, `--regid=${runAs.gid}`, '--clear-groups', 'test', '-x', path]);
  return result.status === 0;
}
