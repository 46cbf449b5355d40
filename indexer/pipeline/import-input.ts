/**
 * One input through the streaming pipeline: read entries (import/), check the kind on the
 * first ones, normalise each (normalise/), append the documents as JSON Lines (write/).
 * Memory stays bounded by one decompressed chunk's entries, whatever the input size.
 */
import type { OptionDoc, PackageDoc } from '@/core/documents/types';
import { InterruptedError } from '../errors';
import { readEntries, type InputKind } from '../import/entries';
import { checkKind, KIND_SAMPLE } from '../import/kind';
import type { ScannedEntry } from '../import/scanner';
import { normaliseOption, type OptionContext } from '../normalise/option';
import { normalisePackage, type Normalised, type PackageContext } from '../normalise/package';
import { detectEraFormat } from '../normalise/text';
import type { Reporter } from '../progress/reporter';
import { formatCount, formatDuration } from '../progress/reporter';
import type { JsonlWriter } from '../write/jsonl';

/** What importing one input produced. */
export interface InputResult {
  written: number;
  /** Skipped entries by reason. */
  skipped: Record<string, number>;
  /** SHA-256 of the raw input bytes. */
  rawSha256: string;
  durationMs: number;
}

/** Common options. */
export interface ImportOptions {
  writer: JsonlWriter;
  reporter: Reporter;
  /** Label of the progress step, e.g. "nixos-24.11 packages". */
  label: string;
  signal?: AbortSignal;
}

type Normaliser<D> = (key: string, value: unknown) => Normalised<D>;

/** Entries read ahead before normalising: enough to tell the kind and the era's markup. */
const PEEK_ENTRIES = Math.max(KIND_SAMPLE, 1000);

async function importInput<D>(
  location: string,
  kind: InputKind,
  makeNormaliser: (sample: ScannedEntry[]) => Normaliser<D>,
  options: ImportOptions,
): Promise<InputResult> {
  const started = Date.now();
  const stream = await readEntries(location, kind, { signal: options.signal });
  const step = options.reporter.step(options.label, stream.input.totalBytes, 'bytes');
  const seen = new Set<string>();
  const skipped: Record<string, number> = {};
  let written = 0;
  try {
    // The first entries decide the kind check and (options) the era's markup.
    const sample: ScannedEntry[] = [];
    while (sample.length < PEEK_ENTRIES) {
      const next = await stream.batches.next();
      if (next.done) break;
      sample.push(...next.value);
    }
    checkKind(location, kind, sample);
    const normalise = makeNormaliser(sample);
    const handle = async (batch: ScannedEntry[]) => {
      const docs: D[] = [];
      for (const { key, value } of batch) {
        const result = seen.has(key) ? { skip: 'duplicate' } : normalise(key, value);
        seen.add(key);
        if ('doc' in result) docs.push(result.doc);
        else skipped[result.skip] = (skipped[result.skip] ?? 0) + 1;
      }
      await options.writer.write(docs);
      written += docs.length;
      step.update(stream.input.rawBytesRead(), written);
      if (options.signal?.aborted) throw new InterruptedError();
    };
    await handle(sample);
    for await (const batch of stream.batches) await handle(batch);
  } catch (error) {
    step.fail();
    await stream.batches.return(undefined).catch(() => undefined);
    throw error;
  }
  const skippedTotal = Object.values(skipped).reduce((a, b) => a + b, 0);
  const durationMs = Date.now() - started;
  step.finish(`${formatCount(written)} written, ${formatCount(skippedTotal)} skipped in ${formatDuration(durationMs)}`);
  return { written, skipped, rawSha256: stream.input.rawSha256(), durationMs };
}

/** Import a packages input (flat or channel format). */
export function importPackages(location: string, context: PackageContext, options: ImportOptions): Promise<InputResult> {
  return importInput<PackageDoc>(location, 'packages', () => (key, value) => normalisePackage(key, value, context), options);
}

/** Import an options.json; the markup of its descriptions is detected from its first entries. */
export function importOptions(
  location: string,
  context: Omit<OptionContext, 'eraFormat'>,
  options: ImportOptions,
): Promise<InputResult> {
  return importInput<OptionDoc>(
    location,
    'options',
    (sample) => {
      const descriptions = sample.map((e) => (e.value as { description?: unknown } | null)?.description).filter((d) => typeof d === 'string');
      const eraFormat = detectEraFormat(descriptions);
      return (key, value) => normaliseOption(key, value, { ...context, eraFormat });
    },
    options,
  );
}
