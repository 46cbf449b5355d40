/**
 * One input through the streaming pipeline: read raw entries (import/), parse the first ones
 * to check the kind and the era's markup, then parse + normalise every entry (batch.ts; in
 * worker threads when a pool is given) and append the documents as JSON Lines (write/), in
 * input order. Memory stays bounded by the batches in flight, whatever the input size.
 */
import { InterruptedError } from '../errors';
import { readEntries, type InputKind } from '../import/entries';
import { checkKind, KIND_SAMPLE } from '../import/kind';
import { parseEntry, type RawEntry, type ScannedEntry } from '../import/scanner';
import { detectEraFormat } from '../normalise/text';
import type { Reporter } from '../progress/reporter';
import { formatCount, formatDuration } from '../progress/reporter';
import type { JsonlWriter } from '../write/jsonl';
import { normaliseBatch, type BatchResult, type NormaliseSpec } from './batch';
import type { WorkerPool } from './worker-pool';

/** What importing one input produced. */
export interface InputResult {
  written: number;
  /** Skipped entries by reason. */
  skipped: Record<string, number>;
  /** SHA-256 of the raw input bytes. */
  rawSha256: string;
  durationMs: number;
}

/** Options of importInput. */
export interface ImportOptions {
  writer: JsonlWriter;
  reporter: Reporter;
  /** Label of the progress step, e.g. "nixos-24.11: packages". */
  label: string;
  signal?: AbortSignal;
  /** Worker threads to parse and normalise in; null = in this thread. */
  pool: WorkerPool | null;
}

/** Entries read ahead before normalising: enough to tell the kind and the era's markup. */
const PEEK_ENTRIES = Math.max(KIND_SAMPLE, 1000);
/** Batches in flight per worker (bounds memory while keeping workers busy). */
const IN_FLIGHT_PER_WORKER = 3;

/** What an input's entries become: the spec without the parts decided from the first entries. */
export type InputSpec = Omit<NormaliseSpec, 'kind' | 'eraFormat'>;

/** Import one packages or options input. */
export async function importInput(location: string, kind: InputKind, spec: InputSpec, options: ImportOptions): Promise<InputResult> {
  const started = Date.now();
  const stream = await readEntries(location, kind, { signal: options.signal });
  const step = options.reporter.step(options.label, stream.input.totalBytes, 'bytes');
  const seen = new Set<string>();
  const skipped: Record<string, number> = {};
  const count = (reason: string, n = 1) => (skipped[reason] = (skipped[reason] ?? 0) + n);
  let written = 0;
  const inFlight: Promise<BatchResult>[] = [];
  const maxInFlight = options.pool ? IN_FLIGHT_PER_WORKER * options.pool.size : 0;
  const flush = async (result: BatchResult) => {
    await options.writer.writeBytes(result.jsonl, result.written);
    written += result.written;
    for (const [reason, n] of Object.entries(result.skipped)) count(reason, n);
    step.update(stream.input.rawBytesRead(), written);
  };
  try {
    // The first entries decide the kind check and (options) the era's markup.
    const sample: RawEntry[] = [];
    while (sample.length < PEEK_ENTRIES) {
      const next = await stream.batches.next();
      if (next.done) break;
      sample.push(...next.value);
    }
    const parsedSample: ScannedEntry[] = sample.map((e) => ({ key: e.key, value: parseEntry(location, e), offset: e.offset }));
    checkKind(location, kind, parsedSample);
    const full: NormaliseSpec = { ...spec, kind };
    if (kind === 'options') {
      const descriptions = parsedSample.map((e) => (e.value as { description?: unknown } | null)?.description);
      full.eraFormat = detectEraFormat(descriptions.filter((d) => typeof d === 'string'));
    }
    const handle = async (batch: RawEntry[], values?: unknown[]) => {
      const fresh: RawEntry[] = [];
      const freshValues: unknown[] = [];
      batch.forEach((entry, i) => {
        if (seen.has(entry.key)) return void count('duplicate');
        seen.add(entry.key);
        fresh.push(entry);
        if (values) freshValues.push(values[i]);
      });
      if (options.pool) {
        const result = options.pool.run(full, location, fresh);
        // Handled when awaited in order below; this keeps an early failure from counting as unhandled.
        result.catch(() => undefined);
        inFlight.push(result);
        if (inFlight.length >= maxInFlight) await flush(await inFlight.shift()!);
      } else {
        const parsed = values ? freshValues : fresh.map((e) => parseEntry(location, e));
        await flush(normaliseBatch(full, fresh.map((e) => e.key), parsed));
      }
      if (options.signal?.aborted) throw new InterruptedError();
    };
    await handle(sample, options.pool ? undefined : parsedSample.map((e) => e.value));
    for await (const batch of stream.batches) await handle(batch);
    while (inFlight.length > 0) await flush(await inFlight.shift()!);
  } catch (error) {
    step.fail();
    // Settle what is still in flight (ignoring its results) before giving up.
    await Promise.allSettled(inFlight);
    await stream.batches.return(undefined).catch(() => undefined);
    throw error;
  }
  const skippedTotal = Object.values(skipped).reduce((a, b) => a + b, 0);
  const durationMs = Date.now() - started;
  step.finish(`${formatCount(written)} written, ${formatCount(skippedTotal)} skipped in ${formatDuration(durationMs)}`);
  return { written, skipped, rawSha256: stream.input.rawSha256(), durationMs };
}
