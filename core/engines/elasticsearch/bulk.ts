/**
 * Bulk loading in chunks. The bulk API answers 200 even when items fail, so every item's
 * status is checked: items rejected for load (429) are sent again, any other item error fails
 * the load. Whole requests that fail with 429, 5xx or a transport error are retried with
 * exponential backoff. A few chunks are kept in flight to overlap analysis and indexing.
 */
import type { Client } from '@elastic/elasticsearch';
import { PublishError } from '../../search/errors';
import { describe, isUnavailable, statusOf } from './client';

/** Tuning of a bulk load. */
export interface BulkOptions {
  /** Documents per request (default 1000). */
  chunkDocs?: number;
  /** Bytes per request before it is sent early (default 4 MiB). */
  chunkBytes?: number;
  /** Requests in flight (default 2). */
  concurrency?: number;
  /** Attempts per request or item before giving up (default 6: ~8 s of backoff in all). */
  maxAttempts?: number;
  /** First backoff delay (default 250 ms, doubled each time). */
  backoffMs?: number;
  /** Timeout of one bulk request (default 120 s). */
  requestTimeoutMs?: number;
  signal?: AbortSignal | undefined;
  /** Called after each acknowledged chunk with the total loaded so far. */
  onLoaded?: (loaded: number) => void;
}

interface BulkItemResult {
  status: number;
  error?: { type?: string; reason?: string };
}

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(signal.reason);
    }, { once: true });
  });

/** Streams documents into one index in chunks; call add() for each, then finish(). */
export class BulkLoader {
  private lines: string[] = [];
  private bytes = 0;
  private inFlight = new Set<Promise<void>>();
  private failure: unknown = null;
  private loaded = 0;
  private readonly o: Required<Omit<BulkOptions, 'signal' | 'onLoaded'>> & Pick<BulkOptions, 'signal' | 'onLoaded'>;

  constructor(
    private readonly client: Client,
    private readonly index: string,
    options: BulkOptions = {},
  ) {
    this.o = {
      chunkDocs: 1000,
      chunkBytes: 4 * 1024 * 1024,
      concurrency: 2,
      maxAttempts: 6,
      backoffMs: 250,
      requestTimeoutMs: 120_000,
      ...options,
    };
  }

  /** Queue one document (waits when enough requests are in flight). */
  async add(id: string, source: unknown): Promise<void> {
    this.throwIfFailed();
    const action = JSON.stringify({ index: { _id: id } });
    const doc = JSON.stringify(source);
    this.lines.push(action, doc);
    this.bytes += action.length + doc.length + 2;
    if (this.lines.length / 2 >= this.o.chunkDocs || this.bytes >= this.o.chunkBytes) await this.flush();
  }

  /** Send what is queued and wait for every request; throws the first failure. */
  async finish(): Promise<number> {
    await this.flush();
    await Promise.all(this.inFlight);
    this.throwIfFailed();
    return this.loaded;
  }

  private throwIfFailed(): void {
    if (this.failure) throw this.failure;
    this.o.signal?.throwIfAborted();
  }

  private async flush(): Promise<void> {
    if (this.lines.length === 0) return;
    const lines = this.lines;
    this.lines = [];
    this.bytes = 0;
    while (this.inFlight.size >= this.o.concurrency) await Promise.race(this.inFlight);
    this.throwIfFailed();
    const request = this.send(lines).then(
      (n) => {
        this.loaded += n;
        this.o.onLoaded?.(this.loaded);
      },
      (error: unknown) => {
        this.failure ??= error;
      },
    );
    const tracked = request.finally(() => this.inFlight.delete(tracked));
    this.inFlight.add(tracked);
  }

  /** Send one chunk until every item is stored; returns the number of documents. */
  private async send(initial: string[]): Promise<number> {
    let lines = initial;
    const total = initial.length / 2;
    for (let attempt = 1; ; attempt++) {
      let items: Array<Record<string, BulkItemResult>>;
      try {
        const response = await this.client.bulk(
          { index: this.index, operations: lines },
          { maxRetries: 0, requestTimeout: this.o.requestTimeoutMs, signal: this.o.signal },
        );
        if (!response.errors) return total;
        items = response.items as Array<Record<string, BulkItemResult>>;
      } catch (error) {
        this.o.signal?.throwIfAborted();
        const status = statusOf(error);
        const retryable = isUnavailable(error) || status === 429;
        if (!retryable || attempt >= this.o.maxAttempts) {
          throw new PublishError(`Bulk request to ${this.index} failed after ${attempt} attempt(s): ${describe(error)}`, { cause: error });
        }
        await sleep(this.o.backoffMs * 2 ** (attempt - 1), this.o.signal);
        continue;
      }
      const retry: string[] = [];
      const fatal: string[] = [];
      items.forEach((item, i) => {
        const result = item.index ?? Object.values(item)[0];
        if (!result || !result.error) return;
        if (result.status === 429 || result.status >= 500) retry.push(lines[2 * i]!, lines[2 * i + 1]!);
        else fatal.push(`${JSON.parse(lines[2 * i]!).index._id}: ${result.error.type}: ${result.error.reason}`.slice(0, 300));
      });
      if (fatal.length > 0) {
        throw new PublishError(`${fatal.length} document(s) rejected by ${this.index}, e.g. ${fatal.slice(0, 3).join(' | ')}`.slice(0, 1000));
      }
      if (retry.length === 0) return total;
      if (attempt >= this.o.maxAttempts) {
        throw new PublishError(`${retry.length / 2} document(s) still rejected (429/5xx) by ${this.index} after ${attempt} attempts`);
      }
      lines = retry;
      await sleep(this.o.backoffMs * 2 ** (attempt - 1), this.o.signal);
    }
  }
}
