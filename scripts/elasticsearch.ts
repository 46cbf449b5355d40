/**
 * Local Elasticsearch for tests and development (thin CLI over scripts/elasticsearch/).
 *
 *   tsx scripts/elasticsearch.ts download          fetch the distribution into .cache/ (once)
 *   tsx scripts/elasticsearch.ts start             run a node until Ctrl-C, print its URL
 *   tsx scripts/elasticsearch.ts run -- <cmd…>     start a node, run cmd with ELASTICSEARCH_NODES
 *                                                  set, stop the node, exit with cmd's code
 */
import { spawn } from 'node:child_process';
import { Command } from 'commander';
import { ensureDistribution, ProvisioningError, startElasticsearch, ELASTICSEARCH_VERSION } from './elasticsearch/index';

const log = (line: string) => process.stderr.write(`[elasticsearch] ${line}\n`);

function fail(error: unknown): never {
  const message = error instanceof ProvisioningError || error instanceof Error ? error.message : String(error);
  process.stderr.write(`[elasticsearch] error: ${message}\n`);
  process.exit(1);
}

const program = new Command()
  .name('elasticsearch')
  .description(`Local Elasticsearch ${ELASTICSEARCH_VERSION} node for tests and development (loopback only, throwaway data).`)
  .option('--heap <mb>', 'JVM heap in MB (at most 1024)', (v) => Number.parseInt(v, 10), 512)
  .option('--timeout <seconds>', 'how long to wait for the cluster to become healthy', (v) => Number.parseInt(v, 10), 120);

const startOptions = () => {
  const o = program.opts<{ heap: number; timeout: number }>();
  if (!Number.isFinite(o.heap) || o.heap < 128 || o.heap > 1024) fail('--heap must be between 128 and 1024');
  if (!Number.isFinite(o.timeout) || o.timeout < 1) fail('--timeout must be a positive number of seconds');
  return { heapMb: o.heap, startupTimeoutMs: o.timeout * 1000, log };
};

program
  .command('download')
  .description('download and unpack the distribution into .cache/elasticsearch (no-op when cached)')
  .action(() => {
    try {
      const dist = ensureDistribution(undefined, log);
      log(`Elasticsearch ${dist.version} is in ${dist.home}`);
    } catch (error) {
      fail(error);
    }
  });

program
  .command('start')
  .description('start a node and keep it running until Ctrl-C; prints its URL on stdout')
  .action(async () => {
    const node = await startElasticsearch(startOptions()).catch(fail);
    process.stdout.write(`${node.url}\n`);
    log(`ready; export ELASTICSEARCH_NODES=${node.url} — Ctrl-C stops it and removes its data`);
    let stopping = false;
    const stopAndExit = () => {
      stopping = true;
      void node.stop().then(() => process.exit(0));
    };
    process.once('SIGINT', stopAndExit);
    process.once('SIGTERM', stopAndExit);
    await node.exited;
    if (!stopping) {
      log(`the node exited on its own:\n${node.logTail()}`);
      await node.stop();
      process.exit(1);
    }
  });

program
  .command('run')
  .description('start a node, run a command with ELASTICSEARCH_NODES set, stop the node, exit with its code')
  .argument('<command...>', 'the command and its arguments (after --)')
  .action(async (argv: string[]) => {
    const node = await startElasticsearch(startOptions()).catch(fail);
    log(`ready at ${node.url}; running: ${argv.join(' ')}`);
    const [cmd, ...args] = argv as [string, ...string[]];
    const child = spawn(cmd, args, { stdio: 'inherit', env: { ...process.env, ELASTICSEARCH_NODES: node.url } });
    // The terminal sends Ctrl-C to the command too; wait for it, then stop the node.
    const forward = (signal: NodeJS.Signals) => () => child.kill(signal);
    process.on('SIGINT', forward('SIGINT'));
    process.on('SIGTERM', forward('SIGTERM'));
    const code = await new Promise<number>((resolveCode) => {
      child.once('error', (error) => {
        log(`cannot run ${cmd}: ${error.message}`);
        resolveCode(127);
      });
      child.once('exit', (status, signal) => resolveCode(status ?? (signal === 'SIGINT' ? 130 : 1)));
    });
    await node.stop();
    process.exit(code);
  });

program.parseAsync().catch(fail);
