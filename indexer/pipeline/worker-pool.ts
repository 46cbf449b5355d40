/**
 * A small pool of worker threads that parse and normalise batches in parallel (the Markdown
 * rendering of descriptions dominates indexing time; the main thread keeps decompressing,
 * scanning and writing). Results come back in submission order. Workers load the TypeScript
 * sources through tsx's register API, so the pool works wherever the indexer runs (the tsx
 * CLI, vitest).
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { IndexerError } from '../errors';
import { entrySyntaxError, type RawEntry } from '../import/scanner';
import type { BatchResult, NormaliseSpec } from './batch';
import type { WorkerRequest, WorkerResponse } from './worker';

/** Default number of workers: the cores there are, at most 4. */
export function defaultJobs(): number {
  return Math.max(1, Math.min(4, availableParallelism()));
}

const WORKER_URL = new URL('./worker.ts', import.meta.url).href;
const BOOTSTRAP = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(WORKER_URL)}); })`;

interface Pending {
  source: string;
  entries: RawEntry[];
  resolve: (result: BatchResult) => void;
  reject: (error: Error) => void;
}

/** Parallel parse + normalise of raw entries. */
export class WorkerPool {
  private readonly workers: Worker[] = [];
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;
  private failure: Error | null = null;

  constructor(readonly size: number) {
    for (let i = 0; i < size; i++) {
      // A larger young generation: normalising allocates many short-lived objects.
      const worker = new Worker(BOOTSTRAP, { eval: true, resourceLimits: { maxYoungGenerationSizeMb: 96 } });
      worker.on('message', (response: WorkerResponse) => this.settle(response));
      worker.on('error', (error) => this.fail(new IndexerError(`indexer worker failed: ${error.message}`, { cause: error })));
      worker.on('exit', (code) => {
        if (code !== 0 && this.pending.size > 0) this.fail(new IndexerError(`indexer worker exited with code ${code}`));
      });
      this.workers.push(worker);
    }
  }

  /** Parse and normalise one batch of the input `source` on the next worker. */
  run(spec: NormaliseSpec, source: string, entries: RawEntry[]): Promise<BatchResult> {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.nextId++;
    let total = 0;
    for (const e of entries) total += e.bytes.length;
    const data = new Uint8Array(total);
    const ends = new Uint32Array(entries.length);
    let at = 0;
    entries.forEach((e, i) => {
      data.set(e.bytes, at);
      at += e.bytes.length;
      ends[i] = at;
    });
    const request: WorkerRequest = { id, spec, keys: entries.map((e) => e.key), data, ends };
    return new Promise<BatchResult>((resolve, reject) => {
      this.pending.set(id, { source, entries, resolve, reject });
      this.workers[id % this.workers.length]!.postMessage(request, [data.buffer, ends.buffer]);
    });
  }

  private settle(response: WorkerResponse): void {
    const pending = this.pending.get(response.id);
    if (!pending) return;
    this.pending.delete(response.id);
    if (response.ok) {
      pending.resolve({ jsonl: response.jsonl, written: response.written, skipped: response.skipped });
      return;
    }
    const entry = pending.entries[response.failedIndex];
    pending.reject(
      entry
        ? entrySyntaxError(pending.source, entry, entry.bytes.toString('utf8'), response.message)
        : new IndexerError(`indexer worker failed: ${response.message}`),
    );
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const p of this.pending.values()) p.reject(this.failure);
    this.pending.clear();
  }

  /** Stop the workers. */
  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
