/**
 * Site speed figures (issue 6, item 7). Prints:
 *  1. first-load JavaScript per page route, gzipped, from the production build's manifests
 *     (Next.js 16 no longer prints it in `next build`): the root bootstrap chunks plus every
 *     chunk the route's client-reference manifest lists for its segments;
 *  2. a load test of server-rendered search pages with autocannon: N concurrent clients for
 *     D seconds on loopback against the production server (scripts/serve.ts: the production
 *     build, one worker process per core, engine from the usual configuration), with
 *     p50/p95/p99 latency computed from every response, requests/s, bytes per response,
 *     non-2xx answers and errors.
 *
 * Usage: npx tsx scripts/bench-site.ts [--js-only] [--url <running server>] [--workers <n>]
 *        [--connections 20] [--duration 30] [--path '/packages?query=ripgrep' | --queries <n>]
 * Without --url it starts scripts/serve.ts itself on a free port (build first: `npx next build`;
 * index first: `npm run index -- update`); `--workers 1` measures a single process, as
 * `next start` is. Prints figures; it is not a pass/fail test.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { loadavg } from 'node:os';
import { join, relative } from 'node:path';
import { runInNewContext } from 'node:vm';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { Command } from 'commander';
import { QUERY_FILES, readQueries } from './bench/queries';
import { quantile } from './bench/stats';
import { registerCleanup } from './elasticsearch/cleanup';
import { freePort } from './net';

const ROOT = join(import.meta.dirname, '..');
const NEXT_DIR = join(ROOT, '.next');
/** Budget of first-load JS for the search pages (issue 6). */
const SEARCH_PAGE_BUDGET_KB = 120;

// ---------- 1. first-load JS ----------

interface RouteJs {
  route: string;
  files: string[];
  gzipBytes: number;
  /** For reference: what a reverse proxy serving brotli would send. */
  brotliBytes: number;
}

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else if (name === 'page_client-reference-manifest.js') out.push(p);
  }
  return out;
}

const sizeCache = new Map<string, { gzip: number; brotli: number }>();
/** Compressed sizes of a build file (gzip as `next start` sends it; brotli for reference). */
function compressedSize(file: string): { gzip: number; brotli: number } {
  let n = sizeCache.get(file);
  if (n === undefined) {
    const bytes = readFileSync(join(NEXT_DIR, file));
    n = { gzip: gzipSync(bytes).length, brotli: brotliCompressSync(bytes).length };
    sizeCache.set(file, n);
  }
  return n;
}

/**
 * First-load JS of every page route of the build in .next (Turbopack's manifests, the
 * default build; the nomodule polyfill chunk is left out: modern browsers skip it).
 */
export function firstLoadJs(): RouteJs[] {
  if (!existsSync(join(NEXT_DIR, 'BUILD_ID'))) throw new Error('No production build in .next: run `npx next build` first.');
  const build = JSON.parse(readFileSync(join(NEXT_DIR, 'build-manifest.json'), 'utf8')) as { rootMainFiles: string[] };
  const rows: RouteJs[] = [];
  for (const manifestFile of walk(join(NEXT_DIR, 'server', 'app'))) {
    const sandbox: { globalThis: Record<string, unknown> } = { globalThis: {} };
    runInNewContext(readFileSync(manifestFile, 'utf8'), sandbox);
    const manifests = (sandbox.globalThis.__RSC_MANIFEST ?? {}) as Record<string, { entryJSFiles?: Record<string, string[]> }>;
    for (const [page, manifest] of Object.entries(manifests)) {
      const files = new Set(build.rootMainFiles);
      for (const chunks of Object.values(manifest.entryJSFiles ?? {})) for (const c of chunks) files.add(c.replace(/^\/?_next\//, ''));
      const list = [...files].filter((f) => f.endsWith('.js'));
      const route = page.replace(/\/page$/, '').replace(/\/\([^)]+\)/g, '') || '/';
      const sizes = list.map(compressedSize);
      rows.push({ route, files: list, gzipBytes: sizes.reduce((s, x) => s + x.gzip, 0), brotliBytes: sizes.reduce((s, x) => s + x.brotli, 0) });
    }
  }
  return rows.sort((a, b) => a.route.localeCompare(b.route));
}

function printJs(rows: RouteJs[]): void {
  console.log(`First-load JS per route (gzip), build ${readFileSync(join(NEXT_DIR, 'BUILD_ID'), 'utf8').trim()}:`);
  for (const r of rows) {
    const kb = r.gzipBytes / 1024;
    const search = r.route === '/packages' || r.route === '/options';
    const flag = search ? (kb < SEARCH_PAGE_BUDGET_KB ? `  (budget ${SEARCH_PAGE_BUDGET_KB} KB: ok)` : `  (budget ${SEARCH_PAGE_BUDGET_KB} KB: OVER)`) : '';
    const br = (r.brotliBytes / 1024).toFixed(1);
    console.log(`  ${r.route.padEnd(34)} ${kb.toFixed(1).padStart(7)} KB gzip  (${br.padStart(6)} KB brotli)  ${String(r.files.length).padStart(2)} files${flag}`);
  }
}

// ---------- 2. load test ----------

async function waitReady(base: string, child: ChildProcess | null): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child && child.exitCode !== null) throw new Error(`the server exited with code ${child.exitCode}`);
    try {
      const res = await fetch(`${base}/api/v1/channels`);
      if (res.ok && ((await res.json()) as { channels: unknown[] }).channels.length > 0) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${base} did not answer with indexed channels within 60 s (index first: npm run index -- update)`);
}

/** The parts of autocannon's API used here (it ships no types). */
interface AutocannonInstance {
  on(event: 'response', fn: (client: unknown, status: number, bytes: number, ms: number) => void): void;
}
interface AutocannonResult {
  requests: { average: number; total: number };
  errors: number;
  timeouts: number;
  non2xx: number;
  throughput: { average: number; total: number };
}
type Autocannon = ((opts: Record<string, unknown>, cb: (err: Error | null, res: AutocannonResult) => void) => AutocannonInstance) & {
  track?: unknown;
};

async function load(base: string, paths: string[], connections: number, duration: number): Promise<void> {
  const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;
  const run = (secs: number, record: number[] | null) =>
    new Promise<AutocannonResult>((resolve, reject) => {
      const inst = autocannon(
        { url: base, connections, duration: secs, requests: paths.map((path) => ({ method: 'GET', path })) },
        (err, res) => (err ? reject(err) : resolve(res)),
      );
      if (record) inst.on('response', (_c, _s, _b, ms) => record.push(ms));
    });
  await run(3, null); // warm-up: JIT, engine page cache, search cache
  const times: number[] = [];
  const res = await run(duration, times);
  times.sort((a, b) => a - b);
  console.log(`Load: ${connections} connections, ${duration} s, ${paths.length} search URL(s) in turn, ${base}`);
  const perResponse = res.requests.total > 0 ? res.throughput.total / res.requests.total / 1024 : NaN;
  console.log(`  requests ${res.requests.total} (${res.requests.average.toFixed(1)}/s), ${(res.throughput.average / 1024).toFixed(0)} KB/s, ${perResponse.toFixed(1)} KB per response (uncompressed)`);
  console.log(`  latency p50 ${quantile(times, 0.5).toFixed(1)} ms, p95 ${quantile(times, 0.95).toFixed(1)} ms, p99 ${quantile(times, 0.99).toFixed(1)} ms, max ${(times.at(-1) ?? NaN).toFixed(1)} ms`);
  console.log(`  errors ${res.errors}, timeouts ${res.timeouts}, non-2xx ${res.non2xx}`);
}

function benchQueries(n: number): string[] {
  const file = join(ROOT, '..', 'shared', 'bench', 'nixos-24.11', QUERY_FILES.package);
  if (!existsSync(file)) return ['ripgrep', 'firefox', 'python3', 'git', 'neovim'].slice(0, n);
  return readQueries(file)
    .map((x) => x.q)
    .slice(0, n);
}

async function main(): Promise<void> {
  const cli = new Command()
    .name('bench-site')
    .description('First-load JS per route (gzip) and a load test of the search pages')
    .option('--js-only', 'only print first-load JS')
    .option('--url <base>', 'a running production server (default: start scripts/serve.ts)')
    .option('--workers <n>', 'worker processes of the server started here (default: one per core)')
    .option('--connections <n>', 'concurrent clients', '20')
    .option('--duration <s>', 'seconds of load', '30')
    .option('--path <path>', 'one page to load (default: package searches from the relevance set)')
    .option('--queries <n>', 'how many benchmark queries to rotate through', '20')
    .parse();
  const o = cli.opts<{ jsOnly?: boolean; url?: string; workers?: string; connections: string; duration: string; path?: string; queries: string }>();
  printJs(firstLoadJs());
  if (o.jsOnly) return;
  const paths = o.path ? [o.path] : benchQueries(Number(o.queries)).map((q) => `/packages?query=${encodeURIComponent(q)}`);
  let child: ChildProcess | null = null;
  let base = o.url?.replace(/\/$/, '');
  if (!base) {
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    const args = ['--import', 'tsx', join(ROOT, 'scripts/serve.ts'), '--port', String(port), '--hostname', '127.0.0.1'];
    if (o.workers) args.push('--workers', o.workers);
    // Its own process group: stopping the group stops the primary and every worker.
    child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, NODE_ENV: 'production' }, detached: true });
  }
  const stop = () => {
    if (child?.pid && child.exitCode === null) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // already gone
      }
    }
  };
  // The server has its own process group: stop it on any way out (Ctrl-C, SIGTERM, SIGHUP, exit).
  const unregister = registerCleanup(stop);
  const load1 = () => loadavg()[0]?.toFixed(2) ?? '?';
  let loadBefore = '?';
  try {
    await waitReady(base, child);
    loadBefore = load1();
    await load(base, paths, Number(o.connections), Number(o.duration));
  } finally {
    stop();
    unregister();
  }
  const server = child ? `scripts/serve.ts, ${o.workers ?? 'one per core'} worker(s)` : base;
  console.log(`(Server ${server}; engine ${process.env.NIXSEARCH_ENGINE ?? 'sqlite'}, data ${relative(ROOT, process.env.NIXSEARCH_DATA_DIR ?? '.data') || '.'}; 1-min load average ${loadBefore} before, ${load1()} after; other work on the machine affects these figures.)`);
}

main().catch((error: unknown) => {
  console.error(`bench-site: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
