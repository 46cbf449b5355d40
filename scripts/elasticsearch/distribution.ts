/**
 * The Elasticsearch distribution used for tests and local development: the minimal
 * `integ-test-zip` from Maven Central, fetched once with `mvn dependency:copy` into the
 * git-ignored `.cache/elasticsearch/` and unpacked beside it. Every step writes to a
 * temporary name and renames into place, so an interrupted download never looks complete.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The server version; the client (`@elastic/elasticsearch`) must have the same major. */
export const ELASTICSEARCH_VERSION = '8.19.21';

/** Maven coordinates of the distribution (packaging zip). */
export const ELASTICSEARCH_ARTIFACT = `org.elasticsearch.distribution.integ-test-zip:elasticsearch:${ELASTICSEARCH_VERSION}:zip`;

/** Default cache directory: `<repo>/.cache/elasticsearch`. */
export const DEFAULT_CACHE_DIR = resolve(import.meta.dirname, '..', '..', '.cache', 'elasticsearch');

/** Raised for any provisioning problem; the message is meant to be shown as is. */
export class ProvisioningError extends Error {
  override name = 'ProvisioningError';
}

/** Where a cached distribution lives. */
export interface Distribution {
  version: string;
  /** The downloaded zip. */
  zipFile: string;
  /** The unpacked distribution (ES_HOME). */
  home: string;
}

/** Paths of the distribution in a cache directory (nothing is checked or created). */
export function distributionPaths(cacheDir = DEFAULT_CACHE_DIR, version = ELASTICSEARCH_VERSION): Distribution {
  return {
    version,
    zipFile: join(cacheDir, `elasticsearch-${version}.zip`),
    home: join(cacheDir, `elasticsearch-${version}`),
  };
}

/** True when a command can be run (found on PATH). */
export function hasCommand(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

/** Last lines of a text, for error messages. */
export function tail(text: string, lines = 20): string {
  return text.trimEnd().split('\n').slice(-lines).join('\n');
}

const installHint = 'install it with: apt-get install -y maven openjdk-17-jre-headless';

/** Download the zip with Maven unless it is already cached. Returns the zip path. */
export function downloadDistribution(cacheDir = DEFAULT_CACHE_DIR, log: (line: string) => void = () => {}): string {
  const { zipFile, version } = distributionPaths(cacheDir);
  if (existsSync(zipFile)) return zipFile;
  if (!hasCommand('mvn')) throw new ProvisioningError(`Maven (mvn) is needed to download Elasticsearch; ${installHint}`);
  mkdirSync(cacheDir, { recursive: true });
  const staging = join(cacheDir, `.download-${process.pid}`);
  rmSync(staging, { recursive: true, force: true });
  log(`Downloading Elasticsearch ${version} from Maven Central (once)…`);
  try {
    const result = spawnSync(
      'mvn',
      ['-B', '-q', 'dependency:copy', `-Dartifact=${ELASTICSEARCH_ARTIFACT}`, `-DoutputDirectory=${staging}`],
      {
        encoding: 'utf8',
        cwd: cacheDir,
        maxBuffer: 64 * 1024 * 1024,
        env: { ...process.env, MAVEN_OPTS: `${process.env.MAVEN_OPTS ?? ''} -XX:-UsePerfData`.trim() },
      },
    );
    const file = join(staging, `elasticsearch-${version}.zip`);
    if (result.status !== 0 || !existsSync(file)) {
      const output = tail(`${result.stdout ?? ''}\n${result.stderr ?? ''}${result.error ? `\n${result.error.message}` : ''}`);
      throw new ProvisioningError(`mvn dependency:copy of ${ELASTICSEARCH_ARTIFACT} failed:\n${output}`);
    }
    renameSync(file, zipFile);
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  return zipFile;
}

/** Unpack the zip into `targetHome` (atomically) unless it is already there. */
export function unpackDistribution(zipFile: string, targetHome: string, log: (line: string) => void = () => {}): string {
  if (existsSync(join(targetHome, 'bin', 'elasticsearch'))) return targetHome;
  const parent = resolve(targetHome, '..');
  mkdirSync(parent, { recursive: true });
  const staging = `${targetHome}.unpack-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  log(`Unpacking ${zipFile}…`);
  try {
    // unzip keeps file modes; python3's zipfile or the JDK's `jar` are fallbacks (modes fixed below).
    const result = hasCommand('unzip')
      ? spawnSync('unzip', ['-q', zipFile, '-d', staging], { encoding: 'utf8' })
      : hasCommand('python3')
        ? spawnSync('python3', ['-m', 'zipfile', '-e', zipFile, staging], { encoding: 'utf8' })
        : spawnSync('jar', ['xf', zipFile], { cwd: staging, encoding: 'utf8' });
    if (result.status !== 0) {
      throw new ProvisioningError(`Cannot unpack ${zipFile}:\n${tail(`${result.stdout ?? ''}\n${result.stderr ?? ''}`)}`);
    }
    const top = readdirSync(staging).find((name) => name.startsWith('elasticsearch-'));
    if (!top) throw new ProvisioningError(`${zipFile} does not contain an elasticsearch-* directory`);
    const home = join(staging, top);
    makeReadableByAll(home);
    renameSync(home, targetHome);
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  return targetHome;
}

/**
 * The zip carries group-only modes on some modules (0660) and `jar` drops the executable
 * bits; the node runs as another user, so everything must be world-readable and the
 * launch scripts executable.
 */
function makeReadableByAll(dir: string): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      chmodSync(path, 0o755);
      makeReadableByAll(path);
    } else if (entry.isFile()) {
      const executable = (statSync(path).mode & 0o100) !== 0 || (dir.endsWith('/bin') && !/\.(bat|exe)$/.test(entry.name));
      chmodSync(path, executable ? 0o755 : 0o644);
    }
  }
}

/** Download (once) and unpack (once); returns where everything is. */
export function ensureDistribution(cacheDir = DEFAULT_CACHE_DIR, log: (line: string) => void = () => {}): Distribution {
  const paths = distributionPaths(cacheDir);
  if (existsSync(join(paths.home, 'bin', 'elasticsearch'))) return paths;
  const zipFile = downloadDistribution(cacheDir, log);
  unpackDistribution(zipFile, paths.home, log);
  return paths;
}
