/**
 * Normalise a batch of parsed entries into JSON Lines text. The same function runs in the
 * main thread (small inputs, tests) and in the worker threads (large inputs; worker.ts), so
 * both paths produce identical output. Everything a batch needs travels in a serialisable
 * NormaliseSpec.
 */
import type { OptionSetId } from '@/core/documents/types';
import { normaliseOption } from '../normalise/option';
import { normalisePackage } from '../normalise/package';
import { channelRenderContext, type TextFormat } from '../normalise/text';

/** How to normalise entries of one input (plain data: it is posted to workers). */
export interface NormaliseSpec {
  kind: 'packages' | 'options';
  /** Channel id (option links in rendered text point into this channel). */
  channel: string;
  sourceBaseUrl: string;
  sourceRoot: string | null;
  optionSet?: OptionSetId;
  /** Markup of the input's era (options). */
  eraFormat?: TextFormat;
}

/** The result of one batch. */
export interface BatchResult {
  /** The documents as UTF-8 JSON Lines (each line ends with "\n"); its own buffer, transferable. */
  jsonl: Uint8Array;
  written: number;
  /** Skipped entries by reason. */
  skipped: Record<string, number>;
}

const encoder = new TextEncoder();

/** Normalise parsed entries (keys[i] → values[i]). */
export function normaliseBatch(spec: NormaliseSpec, keys: readonly string[], values: readonly unknown[]): BatchResult {
  const render = channelRenderContext(spec.channel);
  const source = { sourceBaseUrl: spec.sourceBaseUrl, sourceRoot: spec.sourceRoot };
  const skipped: Record<string, number> = {};
  let jsonl = '';
  let written = 0;
  for (let i = 0; i < keys.length; i++) {
    const result =
      spec.kind === 'packages'
        ? normalisePackage(keys[i]!, values[i], { source, render })
        : normaliseOption(keys[i]!, values[i], {
            optionSet: spec.optionSet ?? 'nixos',
            eraFormat: spec.eraFormat ?? 'markdown',
            source,
            render,
          });
    if ('doc' in result) {
      jsonl += JSON.stringify(result.doc) + '\n';
      written++;
    } else skipped[result.skip] = (skipped[result.skip] ?? 0) + 1;
  }
  return { jsonl: encoder.encode(jsonl), written, skipped };
}
