/**
 * Read the entries of a packages or options input as a stream of batches of raw (unparsed)
 * entries: open (path or URL, any compression; open.ts) and scan the top-level object
 * (scanner.ts). Parsing each entry is left to the caller, which may do it in worker threads.
 */
import { InterruptedError } from '../errors';
import { openInput, type OpenedInput } from './open';
import { JsonEntryScanner, type RawEntry } from './scanner';

/** What an input holds. */
export type InputKind = 'packages' | 'options';

/** A stream of entries and what is known about the input. */
export interface EntryStream {
  input: OpenedInput;
  /** Batches of raw entries in file order (one per decompressed chunk that completed any). */
  batches: AsyncGenerator<RawEntry[]>;
}

/** How to read. */
export interface ReadOptions {
  signal?: AbortSignal;
  timeoutMs?: number;
}

/** Open an input and stream its entries. */
export async function readEntries(location: string, kind: InputKind, options: ReadOptions = {}): Promise<EntryStream> {
  const input = await openInput(location, options);
  const scanner = new JsonEntryScanner({ source: location, channelFormat: kind === 'packages' });
  async function* batches(): AsyncGenerator<RawEntry[]> {
    for await (const chunk of input.chunks) {
      if (options.signal?.aborted) throw new InterruptedError();
      const entries = scanner.push(chunk);
      if (entries.length > 0) yield entries;
    }
    scanner.end();
  }
  return { input, batches: batches() };
}
