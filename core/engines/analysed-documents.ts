/**
 * The analysis half of a publish, the same for every engine: the channel-wide context first
 * (core/analysis/channel-context.ts: every option, then every package), then each document
 * analysed with the complete context — so the metadata is read twice — with duplicates
 * refused and description words counted for the common-word list. Engines only store.
 */
import { analyseOption, analysePackage, BoostContextBuilder, CommonWordCounter, type AnalysedDoc, type BoostContext } from '../analysis';
import { docId, type DocKind, type DocOf } from '../documents/types';
import type { PublishInput } from '../search/engine';
import { PublishError } from '../search/errors';

/** Read the channel-wide context; `check` runs after each pass (abort points). */
export async function channelContext(input: PublishInput, check: () => void): Promise<BoostContext> {
  const builder = new BoostContextBuilder();
  for await (const o of input.options()) builder.addOption(o);
  check();
  for await (const p of input.packages()) builder.addPackage(p);
  check();
  return builder.build();
}

/** One kind's documents with their analysis, in input order; a second document with the same key is an error. */
export async function* analysedDocuments<K extends DocKind>(
  kind: K,
  docs: AsyncIterable<DocOf<K>>,
  context: BoostContext,
  common: CommonWordCounter,
): AsyncGenerator<{ doc: DocOf<K>; analysed: AnalysedDoc }> {
  const seen = new Set<string>();
  for await (const doc of docs) {
    const analysed = doc.kind === 'package' ? analysePackage(doc, context) : analyseOption(doc, context);
    if (seen.has(analysed.key)) throw new PublishError(`Duplicate ${kind} "${docId(doc)}" in the metadata`);
    seen.add(analysed.key);
    common.add(analysed.text.description);
    yield { doc, analysed };
  }
}

/** Common-word counters, one per kind. */
export function commonWordCounters(): Record<DocKind, CommonWordCounter> {
  return { package: new CommonWordCounter(), option: new CommonWordCounter() };
}

/** Refuse a load that holds fewer or more documents than the manifest counts. */
export function assertComplete(channel: string, expected: { packages: number; options: number }, loaded: { packages: number; options: number }): void {
  if (loaded.packages !== expected.packages || loaded.options !== expected.options) {
    throw new PublishError(
      `Metadata of ${channel} is incomplete: the manifest counts ${expected.packages} packages and ${expected.options} options, the files hold ${loaded.packages} and ${loaded.options}`,
    );
  }
}
