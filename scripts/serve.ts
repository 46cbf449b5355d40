/**
 * Production server: the `next build` output served by several Node.js processes on one
 * port (node:cluster, one worker per core by default). A Next.js server renders on one
 * thread, so a single `next start` keeps one core busy while the others idle; here the
 * primary process only accepts connections and hands them to the workers in turn.
 *
 * Each worker is Next.js's documented custom server (`next({ dev: false })` behind
 * `http.createServer`), so proxy.ts, instrumentation.ts and the pages run exactly as under
 * `next start`. Each worker opens its own read-only engine handles and caches.
 *
 * Lifetime: SIGINT/SIGTERM to the primary stop every worker (in-flight requests finish,
 * at most SHUTDOWN_GRACE_MS) and then the primary; a worker whose primary is gone (even
 * killed with SIGKILL) sees its IPC channel close and exits. A worker that fails before it
 * serves (no build, port in use) stops the whole server with its message and exit code 1;
 * one that dies later is replaced, unless that happens too often.
 *
 * Usage: node --import tsx scripts/serve.ts [--port 3000] [--hostname <addr>] [--workers <n>]
 * (also: npx tsx scripts/serve.ts …). WEB_CONCURRENCY sets the default worker count.
 */
import cluster, { type Worker } from 'node:cluster';
import { createServer } from 'node:http';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';

const ROOT = join(import.meta.dirname, '..');
// Nothing may reach the internet at run time: no Next.js telemetry.
process.env.NEXT_TELEMETRY_DISABLED ??= '1';
/** How long a stopping worker may take to finish its requests before it is killed. */
const SHUTDOWN_GRACE_MS = 8_000;
/** More unexpected worker deaths than this within RESTART_WINDOW_MS stop the server. */
const MAX_RESTARTS = 5;
const RESTART_WINDOW_MS = 60_000;

interface ServeOptions {
  port: number;
  hostname: string | undefined;
  workers: number;
}

/** Messages from a worker to the primary. */
type WorkerMessage = { type: 'ready' } | { type: 'failed'; message: string };

const log = (line: string) => process.stderr.write(`[serve] ${line}\n`);

function parseOptions(): ServeOptions {
  const envWorkers = process.env.WEB_CONCURRENCY;
  const o = new Command()
    .name('serve')
    .description('Serve the production build (next build) with one Node.js worker per core on one port.')
    .option('-p, --port <port>', 'port to listen on', process.env.PORT ?? '3000')
    .option('-H, --hostname <addr>', 'address to listen on (default: all interfaces)')
    .option('-w, --workers <n>', 'worker processes (default: WEB_CONCURRENCY, else one per core)', envWorkers ?? String(availableParallelism()))
    .parse()
    .opts<{ port: string; hostname?: string; workers: string }>();
  const port = Number(o.port);
  const workers = Number(o.workers);
  if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`--port must be a port number, got "${o.port}"`);
  if (!Number.isInteger(workers) || workers < 1 || workers > 64) fail(`--workers must be a whole number from 1 to 64, got "${o.workers}"`);
  return { port, hostname: o.hostname, workers };
}

function fail(message: string): never {
  log(`error: ${message}`);
  process.exit(1);
}

// ---------- primary ----------

function runPrimary(options: ServeOptions): void {
  let ready = 0;
  let stopping = false;
  const restarts: number[] = [];
  const url = `http://${options.hostname ?? 'localhost'}:${options.port}`;

  const stopAll = (exitCode: number) => {
    if (stopping) return;
    stopping = true;
    const workers = Object.values(cluster.workers ?? {}).filter((w): w is Worker => !!w && !w.isDead());
    if (workers.length === 0) process.exit(exitCode);
    for (const w of workers) w.process.kill('SIGTERM');
    const force = setTimeout(() => {
      for (const w of workers) if (!w.isDead()) w.process.kill('SIGKILL');
    }, SHUTDOWN_GRACE_MS);
    force.unref();
    let left = workers.length;
    for (const w of workers) {
      w.once('exit', () => {
        left -= 1;
        if (left === 0) process.exit(exitCode);
      });
    }
  };

  const fork = () => {
    const worker = cluster.fork();
    let served = false;
    worker.on('message', (msg: WorkerMessage) => {
      if (msg.type === 'ready') {
        served = true;
        ready += 1;
        if (ready === options.workers) log(`serving ${url} with ${options.workers} worker process${options.workers === 1 ? '' : 'es'}`);
      } else if (msg.type === 'failed') {
        log(`error: ${msg.message}`);
      }
    });
    worker.on('exit', (code, signal) => {
      if (stopping) return;
      if (!served) {
        // Failing before serving is not transient (no build, port taken, bad config).
        log(`error: a worker stopped before serving (${signal ?? `exit code ${code}`}); stopping`);
        stopAll(1);
        return;
      }
      const now = Date.now();
      restarts.push(now);
      while (restarts.length > 0 && now - (restarts[0] ?? now) > RESTART_WINDOW_MS) restarts.shift();
      if (restarts.length > MAX_RESTARTS) {
        log(`error: workers keep dying (${restarts.length} in ${RESTART_WINDOW_MS / 1000} s); stopping`);
        stopAll(1);
        return;
      }
      log(`worker ${worker.process.pid} died (${signal ?? `exit code ${code}`}); starting a new one`);
      ready -= 1;
      fork();
    });
  };

  process.on('SIGINT', () => stopAll(130));
  process.on('SIGTERM', () => stopAll(143));
  process.on('SIGHUP', () => stopAll(129));
  for (let i = 0; i < options.workers; i++) fork();
}

// ---------- worker ----------

async function runWorker(options: ServeOptions): Promise<void> {
  const send = (msg: WorkerMessage) => process.send?.(msg);
  // The primary is gone (stopped, or killed without a chance to stop us): stop too.
  process.on('disconnect', () => process.exit(0));
  Object.assign(process.env, { NODE_ENV: 'production' });
  const { default: next } = await import('next');
  const app = next({ dev: false, dir: ROOT, hostname: options.hostname ?? 'localhost', port: options.port });
  try {
    await app.prepare();
  } catch (error) {
    send({ type: 'failed', message: error instanceof Error ? error.message.split('\n')[0] ?? 'start failed' : String(error) });
    process.exit(1);
  }
  const handle = app.getRequestHandler();
  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      console.error('[serve] request failed:', error);
      if (!res.headersSent) res.statusCode = 500;
      res.end();
    });
  });
  server.on('error', (error: NodeJS.ErrnoException) => {
    const message = error.code === 'EADDRINUSE' ? `port ${options.port} is already in use` : error.message;
    send({ type: 'failed', message });
    process.exit(1);
  });
  let closing = false;
  const stop = () => {
    if (closing) return;
    closing = true;
    // Finish requests in flight; idle keep-alive connections would hold close() open.
    server.close(() => void app.close().finally(() => process.exit(0)));
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), SHUTDOWN_GRACE_MS - 1_000).unref();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  server.listen(options.port, options.hostname, () => send({ type: 'ready' }));
}

const options = parseOptions();
if (cluster.isPrimary) runPrimary(options);
else
  runWorker(options).catch((error: unknown) => {
    process.send?.({ type: 'failed', message: error instanceof Error ? error.message : String(error) } satisfies WorkerMessage);
    process.exit(1);
  });
