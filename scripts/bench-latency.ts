/**
 * Latency and publish benchmarks for any engine.
 *
 *   npm run bench:latency -- --engine sqlite --channel nixos-24.11 [--rounds 20]
 *   npm run bench:latency -- --engine sqlite --publish <metadataDir> [--channel-id bench-scale]
 *
 * Search: every query of ../shared/bench/<channel>/queries-*.json, `--rounds` times after one
 * warm-up round, each timed around engine.search() in this process (for Elasticsearch that
 * includes the client round trip); prints p50/p95/p99/max per kind and overall.
 * Publish: publishes a metadata directory (e.g. the scaled set of scripts/bench-indexer.ts)
 * with force, then waits until a search sees every package; prints the time until live. It
 * publishes beside the real data, never into it — SQLite into a temporary data directory,
 * Elasticsearch under its own index prefix — and removes what it built, so the benchmark
 * channel never shows up in the portal.
 */
import { Command } from 'commander';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { readConfig, type AppConfig } from '@/core/config';
import { createEngine } from '@/core/engines';
import { createClient } from '@/core/engines/elasticsearch/client';
import { deleteIndicesWithPrefix } from '@/core/engines/elasticsearch/prefix-indices';
import type { DocKind } from '@/core/documents/types';
import type { SearchEngine } from '@/core/search/engine';
import { openMetadata } from '@/indexer/load/metadata';
import { channelQueryFiles, DEFAULT_BENCH_DIR, readQueries } from './bench/queries';
import { quantile } from './bench/stats';

interface Options {
  engine?: string;
  channel: string;
  benchDir: string;
  rounds: string;
  publish?: string;
  channelId?: string;
}

function line(label: string, times: number[]): string {
  const s = [...times].sort((a, b) => a - b);
  const f = (x: number) => `${x.toFixed(2)} ms`.padStart(10);
  return `  ${label.padEnd(9)} n=${String(s.length).padStart(5)}  p50 ${f(quantile(s, 0.5))}  p95 ${f(quantile(s, 0.95))}  p99 ${f(quantile(s, 0.99))}  max ${f(s[s.length - 1] ?? NaN)}`;
}

async function searchBench(engine: SearchEngine, o: Options): Promise<void> {
  const sets = channelQueryFiles(o.benchDir, o.channel).map(({ kind, file }) => ({ kind, queries: readQueries(file).map((q) => q.q) }));
  if (sets.length === 0) throw new Error(`No query files for ${o.channel} in ${o.benchDir}`);
  const rounds = Number(o.rounds);
  const run = async (kind: DocKind, query: string) => {
    const t = performance.now();
    await engine.search({ channel: o.channel, kind, query, filters: {}, sort: 'relevance', from: 0, size: 20 });
    return performance.now() - t;
  };
  for (const s of sets) for (const q of s.queries) await run(s.kind, q); // warm-up
  const all: number[] = [];
  console.log(`${engine.name} ${o.channel}: ${rounds} rounds after one warm-up round`);
  for (const s of sets) {
    const times: number[] = [];
    for (let r = 0; r < rounds; r++) for (const q of s.queries) times.push(await run(s.kind, q));
    console.log(line(`${s.kind}s`, times));
    all.push(...times);
  }
  console.log(line('all', all));
}

async function publishBench(engine: SearchEngine, o: Options): Promise<void> {
  const input = openMetadata(resolve(o.publish!));
  const channel = o.channelId ?? input.manifest.channel.id;
  input.manifest = { ...input.manifest, channel: { ...input.manifest.channel, id: channel } };
  const { packages, options } = input.manifest.counts;
  const optionCount = Object.values(options).reduce((a, b) => a + (b ?? 0), 0);
  console.log(`${engine.name}: publishing ${packages} packages + ${optionCount} options as channel ${channel} …`);
  const t = performance.now();
  let peak = 0;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 200);
  const res = await engine.publish(input, { force: true });
  const published = performance.now() - t;
  for (;;) {
    const r = await engine.search({ channel, kind: 'package', query: '', filters: {}, sort: 'relevance', from: 0, size: 1 });
    if (r.total === packages) break;
    if (performance.now() - t > 600_000) throw new Error('not live after 10 minutes');
    await new Promise((r) => setTimeout(r, 100));
  }
  const live = performance.now() - t;
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().rss);
  console.log(`  publish returned after ${(published / 1000).toFixed(1)} s, live after ${(live / 1000).toFixed(1)} s (${Math.round((packages + optionCount) / (live / 1000))} docs/s), peak RSS ${Math.round(peak / 1e6)} MB, published=${res.published}`);
}

async function main(): Promise<void> {
  const o = new Command()
    .name('bench-latency')
    .description('Search latency and publish time of one engine')
    .option('--engine <name>', 'sqlite or elasticsearch (default: NIXSEARCH_ENGINE or sqlite)')
    .option('--channel <id>', 'channel to search (search benchmark)', 'nixos-24.11')
    .option('--bench-dir <dir>', 'directory of the query sets', DEFAULT_BENCH_DIR)
    .option('--rounds <n>', 'timed rounds over every query', '20')
    .option('--publish <dir>', 'instead: time publishing this metadata directory until live')
    .option('--channel-id <id>', 'channel id to publish as (publish benchmark; default: the manifest\'s)')
    .parse()
    .opts<Options>();
  if (!/^[1-9]\d*$/.test(o.rounds)) throw new Error(`--rounds must be a positive integer, got "${o.rounds}"`);
  const config = readConfig({ ...process.env, ...(o.engine ? { NIXSEARCH_ENGINE: o.engine } : {}) });
  if (!o.publish) {
    const engine = createEngine(config);
    try {
      await searchBench(engine, o);
    } finally {
      await engine.close();
    }
    return;
  }
  const scratch = scratchConfig(config);
  const engine = createEngine(scratch.config);
  try {
    await publishBench(engine, o);
  } finally {
    await engine.close();
    await scratch.remove();
  }
}

/** A configuration that publishes beside the real data, and how to remove what it built. */
function scratchConfig(config: AppConfig): { config: AppConfig; remove: () => Promise<void> } {
  if (config.engine === 'sqlite') {
    const dataDir = mkdtempSync(join(tmpdir(), 'nixsearch-bench-publish-'));
    return { config: { ...config, dataDir }, remove: async () => rmSync(dataDir, { recursive: true, force: true }) };
  }
  const indexPrefix = `${config.elasticsearch.indexPrefix}-bench-${process.pid}`;
  return {
    config: { ...config, elasticsearch: { ...config.elasticsearch, indexPrefix } },
    remove: async () => {
      const client = createClient(config.elasticsearch);
      try {
        await deleteIndicesWithPrefix(client, indexPrefix);
      } finally {
        await client.close();
      }
    },
  };
}

main().catch((error: unknown) => {
  console.error(`bench-latency: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
