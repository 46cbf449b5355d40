/**
 * The indexer's command line (`npm run index -- <command>`): argument parsing only, over the
 * library in pipeline/ and load/ that tests call directly. Every failure prints one line
 * (`error: …`; the stack only with --verbose) and exits non-zero; SIGINT/SIGTERM abort the
 * run and leave no partial output (exit 130/143). Documented in docs/indexer.md.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { Command, InvalidArgumentError, Option } from 'commander';
import { loadChannelsFile, type ChannelConfig } from '@/core/channels/config';
import { readConfig, type AppConfig } from '@/core/config';
import { optionCount } from '@/core/metadata/manifest';
import type { SearchEngine, PublishResult } from '@/core/search/engine';
import { UsageError } from './errors';
import { readManifestIfComplete } from './load/metadata';
import type { BuildResult } from './pipeline/build';
import { adHocChannel, hasAdHocInputs, selectChannels, type AdHocInputs } from './pipeline/channels';
import { defaultReporter, formatCount, formatDuration, type Reporter } from './progress/reporter';
import { channelMetadataDir, discardAllStagingSync } from './write/staging';

// The pipeline (remark, rehype…) and the engines (SQLite, Elasticsearch) load only when a
// command needs them, so `--help` and argument errors answer at once.
const pipeline = () => import('./pipeline/update');
const engineFor = async (config: AppConfig): Promise<SearchEngine> => (await import('@/core/engines')).createEngine(config);

interface CommonOptions {
  channel: string[];
  channelsFile?: string;
  dataDir?: string;
  force?: boolean;
  verbose?: boolean;
  engine?: 'sqlite' | 'elasticsearch';
  jobs?: number;
}

type BuildOptions = CommonOptions & AdHocInputs;

const collect = (value: string, previous: string[]) => [...previous, value];

/** Options every command takes. */
function withCommon(command: Command): Command {
  return command
    .option('-c, --channel <id>', 'channel id from the channels file (repeatable; default: all)', collect, [])
    .option('--channels-file <file>', 'channel configuration (default: $NIXSEARCH_CHANNELS_FILE or ./channels.json)')
    .option('--data-dir <dir>', 'data directory; metadata goes to <dir>/metadata (default: $NIXSEARCH_DATA_DIR or ./.data)')
    .option('--verbose', 'print stack traces of errors');
}

const jobsOption = () =>
  new Option('--jobs <n>', 'worker threads for parsing and normalising large inputs (0 = none; default: one per core, at most 4)').argParser(
    (value) => {
      const n = Number(value);
      if (!Number.isInteger(n) || n < 0 || n > 64) throw new InvalidArgumentError('expected a whole number from 0 to 64');
      return n;
    },
  );

const engineOption = () =>
  new Option('--engine <name>', 'search engine to publish into (default: $NIXSEARCH_ENGINE or sqlite)').choices([
    'sqlite',
    'elasticsearch',
  ]);

function settingsFrom(options: CommonOptions): AppConfig {
  const config = readConfig(process.env);
  return {
    ...config,
    engine: options.engine ?? config.engine,
    dataDir: options.dataDir ? resolve(options.dataDir) : config.dataDir,
    channelsFile: options.channelsFile ? resolve(options.channelsFile) : config.channelsFile,
  };
}

/** The channels a command works on (configured, selected, or ad hoc). */
function channelsFor(config: AppConfig, options: BuildOptions): ChannelConfig[] {
  if (hasAdHocInputs(options)) {
    if (options.channel.length !== 1) throw new UsageError('Ad-hoc inputs (--packages, --options, --home-manager-options, --nixpkgs) need exactly one --channel <id>');
    const id = options.channel[0]!;
    const configured = existsSync(config.channelsFile) ? loadChannelsFile(config.channelsFile) : [];
    return [adHocChannel(id, configured.find((c) => c.id === id), options)];
  }
  return selectChannels(loadChannelsFile(config.channelsFile), options.channel);
}

function buildSummary(results: BuildResult[]): string {
  return results
    .map((r) => {
      const m = r.manifest;
      const options = optionCount(m);
      const skipped = Object.values(m.skipped).reduce((a, b) => a + b, 0);
      return `  ${r.channel}: ${formatCount(m.counts.packages)} packages, ${formatCount(options)} options, ${formatCount(skipped)} skipped${r.reused ? ' (reused)' : ''}`;
    })
    .join('\n');
}

function loadSummary(results: PublishResult[]): string {
  return results
    .map((r) => `  ${r.channel.id}: ${r.published ? 'published' : 'already live'} (${formatCount(r.counts.packages)} packages, ${formatCount(r.counts.options)} options)`)
    .join('\n');
}

/** Run an action with a reporter, an abort signal bound to SIGINT/SIGTERM and error printing. */
async function run(options: CommonOptions, action: (reporter: Reporter, signal: AbortSignal) => Promise<string>): Promise<void> {
  const controller = new AbortController();
  let exitCode = 1;
  const onSignal = (signal: NodeJS.Signals) => {
    if (controller.signal.aborted) {
      // A second signal: stop now, still without leaving partial output.
      discardAllStagingSync();
      process.exit(signal === 'SIGINT' ? 130 : 143);
    }
    exitCode = signal === 'SIGINT' ? 130 : 143;
    controller.abort(new Error(`received ${signal}`));
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  process.on('exit', discardAllStagingSync);
  const reporter = defaultReporter();
  const started = Date.now();
  try {
    const summary = await action(reporter, controller.signal);
    reporter.close();
    if (summary !== '') process.stderr.write(`${summary}\nDone in ${formatDuration(Date.now() - started)}.\n`);
  } catch (error) {
    reporter.close();
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`error: ${message}\n`);
    if (options.verbose && error instanceof Error) {
      let cause: unknown = error;
      while (cause instanceof Error) {
        process.stderr.write(`${cause.stack ?? cause.message}\n`);
        cause = cause.cause;
        if (cause) process.stderr.write('caused by: ');
      }
    }
    process.exitCode = controller.signal.aborted ? exitCode : 1;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

const program = new Command('index')
  .description('Build JSON metadata from channel artifacts or nixpkgs, and publish it into the search engine')
  .showHelpAfterError('(run with --help for usage)');

withCommon(program.command('build'))
  .description('build the JSON metadata of channels (reused when the inputs did not change)')
  .option('--force', 'rebuild even when the existing metadata matches the inputs')
  .option('--out <dir>', 'same as --data-dir')
  .option('--packages <file|url>', 'ad hoc: packages.json (plain, .gz or .br) for the one --channel')
  .option('--options <file|url>', 'ad hoc: NixOS options.json for the one --channel')
  .option('--home-manager-options <file|url>', 'ad hoc: Home Manager options.json for the one --channel')
  .option('--nixpkgs <path|url>', 'ad hoc: evaluate packages and NixOS options of this nixpkgs with Nix')
  .option('--label <text>', 'ad hoc: channel label')
  .option('--revision <rev>', 'ad hoc: revision for source links')
  .option('--source-base-url <url>', 'ad hoc: base URL for source links (default: nixpkgs on GitHub at the revision)')
  .option('--home-manager-source-base-url <url>', 'ad hoc: base URL for Home Manager declarations')
  .addOption(jobsOption())
  .action(async (options: BuildOptions & { out?: string }) => {
    await run(options, async (reporter, signal) => {
      const config = settingsFrom({ ...options, dataDir: options.dataDir ?? options.out });
      const channels = channelsFor(config, options);
      const results = await (await pipeline()).buildChannels(channels, { dataDir: config.dataDir, force: options.force, jobs: options.jobs, signal, reporter });
      return `Metadata in ${config.dataDir}/metadata:\n${buildSummary(results)}`;
    });
  });

withCommon(program.command('load'))
  .description('publish built metadata into the search engine (skipped when the engine already serves it)')
  .addOption(engineOption())
  .option('--force', 'publish even when the engine already serves the same content')
  .action(async (options: CommonOptions) => {
    await run(options, async (reporter, signal) => {
      const config = settingsFrom(options);
      const ids = options.channel.length > 0 ? options.channel : loadChannelsFile(config.channelsFile).map((c) => c.id);
      const engine = await engineFor(config);
      try {
        const results = await (await pipeline()).loadChannels(engine, ids, { dataDir: config.dataDir, force: options.force, signal, reporter });
        return `Engine ${engine.name}:\n${loadSummary(results)}`;
      } finally {
        await engine.close();
      }
    });
  });

withCommon(program.command('update'))
  .description('build, then load: what `npm start` runs; takes seconds when nothing changed')
  .addOption(engineOption())
  .option('--force', 'rebuild and republish even when nothing changed')
  .addOption(jobsOption())
  .action(async (options: CommonOptions) => {
    await run(options, async (reporter, signal) => {
      const config = settingsFrom(options);
      const channels = selectChannels(loadChannelsFile(config.channelsFile), options.channel);
      const engine = await engineFor(config);
      try {
        const { builds, loads } = await (await pipeline()).updateChannels(engine, channels, {
          dataDir: config.dataDir,
          force: options.force,
          jobs: options.jobs,
          signal,
          reporter,
        });
        return `Metadata:\n${buildSummary(builds)}\nEngine ${engine.name}:\n${loadSummary(loads)}`;
      } finally {
        await engine.close();
      }
    });
  });

withCommon(program.command('channels'))
  .description('list the configured channels and the state of their metadata')
  .action(async (options: CommonOptions) => {
    await run(options, async () => {
      const config = settingsFrom(options);
      const channels = selectChannels(loadChannelsFile(config.channelsFile), options.channel);
      for (const c of channels) {
        const m = readManifestIfComplete(channelMetadataDir(config.dataDir, c.id));
        const state = m ? `built ${m.createdAt}, ${formatCount(m.counts.packages)} packages` : 'not built';
        process.stdout.write(`${c.id}\t${c.label}\t${c.revision}\t${state}\n`);
      }
      return '';
    });
  });

await program.parseAsync(process.argv);
