/**
 * Relevance benchmark: runs graded query sets (../shared/bench/<channel>/queries-*.json, or
 * any file in that format) against one engine and prints Success@10, MRR, nDCG@10, BestRR,
 * per category, and the queries that missed.
 *
 *   npm run bench:relevance -- --engine sqlite --channel nixos-24.11 [--file q.json] [--json out.json]
 *
 * Option queries run on the NixOS option set (the benchmark's ids are NixOS options; the site
 * shows option sets as tabs); `--option-set all` searches every set.
 */
import { Command } from 'commander';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readConfig } from '@/core/config';
import { createEngine } from '@/core/engines';
import type { SearchEngine } from '@/core/search/engine';
import type { DocKind } from '@/core/documents/types';
import { channelQueryFiles, DEFAULT_BENCH_DIR, readQueries, type BenchQuery } from './bench/queries';

const K = 10;
/** How deep a ranking is fetched for MRR and BestRR. */
const DEPTH = 100;

/** Metrics of one query. */
interface QueryResult {
  id: string;
  q: string;
  category: string;
  ranking: string[];
  success: number;
  rr: number;
  ndcg: number;
  bestRR: number | null;
}

/** Metrics of one ranking against graded tiers (grade = tiers − tier index). */
export function scoreQuery(query: BenchQuery, ranking: string[]): Omit<QueryResult, 'id' | 'q' | 'category' | 'ranking'> {
  const grade = new Map<string, number>();
  query.relevant.forEach((tier, i) => tier.forEach((id) => grade.set(id, Math.max(grade.get(id) ?? 0, query.relevant.length - i))));
  const firstRank = ranking.findIndex((id) => grade.has(id));
  const dcg = ranking.slice(0, K).reduce((s, id, i) => s + (grade.get(id) ?? 0) / Math.log2(i + 2), 0);
  const ideal = [...grade.values()].sort((a, b) => b - a).slice(0, K);
  const idcg = ideal.reduce((s, g, i) => s + g / Math.log2(i + 2), 0);
  const first = query.relevant[0] ?? [];
  const bestRank = first.length === 1 ? ranking.indexOf(first[0]!) : -2;
  return {
    success: firstRank >= 0 && firstRank < K ? 1 : 0,
    rr: firstRank >= 0 ? 1 / (firstRank + 1) : 0,
    ndcg: idcg > 0 ? dcg / idcg : 0,
    bestRR: bestRank === -2 ? null : bestRank >= 0 ? 1 / (bestRank + 1) : 0,
  };
}

function kindOf(queries: BenchQuery[]): DocKind {
  const id = queries.find((q) => q.relevant[0]?.[0])?.relevant[0]?.[0] ?? '';
  return id.startsWith('opt:') ? 'option' : 'package';
}

async function runSet(engine: SearchEngine, channel: string, queries: BenchQuery[], optionSet: string): Promise<QueryResult[]> {
  const kind = kindOf(queries);
  const out: QueryResult[] = [];
  for (const q of queries) {
    const res = await engine.search({
      channel,
      kind,
      query: q.q,
      filters: kind === 'option' && optionSet !== 'all' ? { optionSet: [optionSet] } : {},
      sort: 'relevance',
      from: 0,
      size: DEPTH,
    });
    const ranking = [...new Set(res.hits.map((h) => (h.doc.kind === 'package' ? `pkg:${h.doc.attrPath}` : `opt:${h.doc.name}`)))];
    out.push({ id: q.id, q: q.q, category: q.category, ranking, ...scoreQuery(q, ranking) });
  }
  return out;
}

const mean = (xs: number[]) => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length);
const f3 = (x: number) => x.toFixed(3);

function summarise(results: QueryResult[]) {
  const best = results.map((r) => r.bestRR).filter((x): x is number => x !== null);
  return {
    n: results.length,
    success: mean(results.map((r) => r.success)),
    mrr: mean(results.map((r) => r.rr)),
    ndcg: mean(results.map((r) => r.ndcg)),
    bestRR: mean(best),
  };
}

function report(label: string, results: QueryResult[], queries: BenchQuery[]): void {
  const line = (name: string, rs: QueryResult[]) => {
    const s = summarise(rs);
    console.log(`  ${name.padEnd(12)} n=${String(s.n).padStart(3)}  Success@10 ${f3(s.success)}  MRR ${f3(s.mrr)}  nDCG@10 ${f3(s.ndcg)}  BestRR ${f3(s.bestRR)}`);
  };
  console.log(`${label}`);
  line('overall', results);
  for (const cat of [...new Set(results.map((r) => r.category))].sort()) line(cat, results.filter((r) => r.category === cat));
  const missed = results.filter((r) => r.success === 0);
  if (missed.length > 0) {
    console.log(`  missed (${missed.length}):`);
    for (const r of missed) {
      const q = queries.find((x) => x.id === r.id)!;
      const rank = r.rr > 0 ? `first relevant at ${Math.round(1 / r.rr)}` : `no relevant in top ${DEPTH}`;
      console.log(`    ${r.id} [${r.category}] "${r.q}" → want ${(q.relevant[0] ?? []).slice(0, 3).join(', ')}; ${rank}; got ${r.ranking.slice(0, 3).join(', ')}`);
    }
  }
}

async function main(): Promise<void> {
  const program = new Command()
    .name('bench-relevance')
    .description('Relevance benchmark over graded query sets')
    .option('--engine <name>', 'sqlite or elasticsearch (default: NIXSEARCH_ENGINE or sqlite)')
    .option('--channel <id>', 'channel to search', 'nixos-24.11')
    .option('--file <path...>', 'query files (default: the channel\'s queries-packages.json and queries-options.json)')
    .option('--bench-dir <dir>', 'directory of the graded sets', DEFAULT_BENCH_DIR)
    .option('--option-set <id>', 'option set searched by option queries ("all" = every set)', 'nixos')
    .option('--json <path>', 'write per-query rankings and metrics as JSON');
  program.parse();
  const o = program.opts<{ engine?: string; channel: string; file?: string[]; benchDir: string; optionSet: string; json?: string }>();
  const config = readConfig({ ...process.env, ...(o.engine ? { NIXSEARCH_ENGINE: o.engine } : {}) });
  const files = o.file ?? channelQueryFiles(o.benchDir, o.channel).map((f) => f.file);
  if (files.length === 0) throw new Error(`No query files for ${o.channel} in ${o.benchDir}`);
  const engine = createEngine(config);
  const all: Record<string, { summary: ReturnType<typeof summarise>; queries: QueryResult[] }> = {};
  try {
    for (const file of files) {
      const queries = readQueries(file);
      const results = await runSet(engine, o.channel, queries, o.optionSet);
      report(`${engine.name} ${o.channel} ${file}`, results, queries);
      all[file] = { summary: summarise(results), queries: results };
    }
  } finally {
    await engine.close();
  }
  if (o.json) writeFileSync(o.json, JSON.stringify({ engine: engine.name, channel: o.channel, results: all }, null, 2));
}

// Run only as a script (tests import scoreQuery).
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().catch((error: unknown) => {
    console.error(`bench-relevance: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
