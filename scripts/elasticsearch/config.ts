/**
 * The per-run configuration directory of a local test node: the distribution's config files
 * with our own `elasticsearch.yml` and a `jvm.options` whose relative paths (which would
 * point into the read-only ES_HOME) are made absolute.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Settings of one local node. */
export interface NodeSettings {
  httpPort: number;
  transportPort: number;
  dataDir: string;
  logsDir: string;
  heapMb: number;
}

/** The elasticsearch.yml of a local, single-node, security-less test node. */
export function elasticsearchYml(s: NodeSettings): string {
  const settings: Record<string, string | number | boolean> = {
    'cluster.name': 'nixsearch-local',
    'node.name': `nixsearch-${s.httpPort}`,
    'network.host': '127.0.0.1',
    'http.port': s.httpPort,
    'transport.port': s.transportPort,
    'discovery.type': 'single-node',
    'path.data': s.dataDir,
    'path.logs': s.logsDir,
    // A loopback-only throwaway node: no TLS, no users (the setting exists: x-pack-security ships).
    'xpack.security.enabled': false,
    // A nearly full shared disk must not turn test indices read-only.
    'cluster.routing.allocation.disk.threshold_enabled': false,
    'action.destructive_requires_name': true,
  };
  return Object.entries(settings)
    .map(([k, v]) => `${k}: ${typeof v === 'string' ? JSON.stringify(v) : String(v)}`)
    .join('\n')
    .concat('\n');
}

/** JVM options: the distribution's, minus file outputs relative to ES_HOME, plus our heap. */
export function jvmOptions(distributionOptions: string, s: NodeSettings): string {
  const kept = distributionOptions
    .split('\n')
    .filter((line) => !/^(\d+(-\d*)?:)?-(Xlog:gc|XX:ErrorFile|XX:HeapDumpPath|Xms|Xmx)/.test(line.trim()));
  return [
    ...kept,
    `-Xms${s.heapMb}m`,
    `-Xmx${s.heapMb}m`,
    `-XX:ErrorFile=${join(s.logsDir, 'hs_err_pid%p.log')}`,
    `-XX:HeapDumpPath=${s.logsDir}`,
    // No /tmp/hsperfdata_<user> left behind.
    '-XX:-UsePerfData',
    '',
  ].join('\n');
}

/** Write the configuration directory `confDir` from the distribution at `home`. */
export function writeNodeConfig(home: string, confDir: string, s: NodeSettings): void {
  cpSync(join(home, 'config'), confDir, { recursive: true });
  writeFileSync(join(confDir, 'elasticsearch.yml'), elasticsearchYml(s));
  writeFileSync(join(confDir, 'jvm.options'), jvmOptions(readFileSync(join(home, 'config', 'jvm.options'), 'utf8'), s));
}
