/**
 * Worker thread entry (started by worker-pool.ts): parse and normalise batches of raw entries.
 * A JSON syntax error is reported back with the entry's index; the main thread, which still
 * holds the entry's position, turns it into the error message.
 */
import { parentPort } from 'node:worker_threads';
import { normaliseBatch, type NormaliseSpec } from './batch';

/** A batch posted to a worker: keys, the values' bytes back to back, and where each ends. */
export interface WorkerRequest {
  id: number;
  spec: NormaliseSpec;
  keys: string[];
  data: Uint8Array;
  ends: Uint32Array;
}

/** A worker's answer. */
export type WorkerResponse =
  | { id: number; ok: true; jsonl: Uint8Array; written: number; skipped: Record<string, number> }
  | { id: number; ok: false; failedIndex: number; message: string };

const decoder = new TextDecoder();

function handle(request: WorkerRequest): WorkerResponse {
  const values: unknown[] = [];
  let start = 0;
  for (let i = 0; i < request.keys.length; i++) {
    const end = request.ends[i]!;
    const text = decoder.decode(request.data.subarray(start, end));
    start = end;
    try {
      values.push(JSON.parse(text));
    } catch (error) {
      return { id: request.id, ok: false, failedIndex: i, message: (error as Error).message };
    }
  }
  return { id: request.id, ok: true, ...normaliseBatch(request.spec, request.keys, values) };
}

parentPort?.on('message', (request: WorkerRequest) => {
  try {
    const response = handle(request);
    // The documents' bytes move to the main thread without a copy.
    parentPort!.postMessage(response, response.ok ? [response.jsonl.buffer as ArrayBuffer] : []);
  } catch (error) {
    parentPort!.postMessage({ id: request.id, ok: false, failedIndex: -1, message: (error as Error).stack ?? String(error) });
  }
});
