/**
 * Build one channel's JSON metadata: every input (artifact, or nixpkgs evaluated with Nix)
 * through import → normalise → write, into a staging directory that replaces
 * `<dataDir>/metadata/<channel>` only when complete. Existing metadata is reused when its
 * content hash equals the inputs' (unless forced).
 */
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ChannelConfig, Source } from '@/core/channels/config';
import { SCHEMA_VERSION, type OptionSetId } from '@/core/documents/types';
import { METADATA_FILES, type ChannelMeta, type Manifest } from '@/core/metadata/manifest';
import { IndexerError, InterruptedError } from '../errors';
import { isUrl } from '../import/open';
import { readManifestIfComplete } from '../load/metadata';
import { formatCount, formatDuration, silentReporter, type Reporter } from '../progress/reporter';
import { TOOL_NAME, TOOL_VERSION } from '../version';
import { contentHash, type InputFingerprint } from '../write/content-hash';
import { JsonlWriter } from '../write/jsonl';
import { writeManifest } from '../write/manifest';
import { channelMetadataDir, createStaging, recoverStaging } from '../write/staging';
import { fingerprintBeforeRead } from './fingerprint';
import { importInput } from './import-input';
import { defaultJobs, WorkerPool } from './worker-pool';
import { resolveInput } from './resolve-input';

/** Options of buildChannel. */
export interface BuildOptions {
  dataDir: string;
  /** Rebuild even when the existing metadata has the same content hash. */
  force?: boolean;
  signal?: AbortSignal;
  reporter?: Reporter;
  /** Worker threads for parsing and normalising large inputs (0 = none; default: one per core, at most 4). */
  jobs?: number;
}

/** Inputs smaller than this (raw bytes) are processed in the main thread: workers would not pay off. */
const PARALLEL_MIN_BYTES = 256 * 1024;

async function rawSize(location: string): Promise<number | null> {
  if (isUrl(location)) return null;
  return stat(location).then(
    (s) => s.size,
    () => null,
  );
}

/** What a build did. */
export interface BuildResult {
  channel: string;
  dir: string;
  /** true when existing metadata was kept because nothing changed. */
  reused: boolean;
  manifest: Manifest;
}

/** One planned input of a channel. */
interface PlannedInput {
  kind: 'packages' | 'options';
  optionSet?: OptionSetId;
  source: Source;
  /** Base URL for source links of this input. */
  sourceBaseUrl: string;
}

function planInputs(channel: ChannelConfig): PlannedInput[] {
  const inputs: PlannedInput[] = [];
  if (channel.packages) inputs.push({ kind: 'packages', source: channel.packages, sourceBaseUrl: channel.sourceBaseUrl });
  for (const set of channel.optionSets) {
    inputs.push({ kind: 'options', optionSet: set.id, source: set.source, sourceBaseUrl: set.sourceBaseUrl ?? channel.sourceBaseUrl });
  }
  if (inputs.length === 0) throw new IndexerError(`Channel "${channel.id}" has no inputs (neither packages nor option sets)`);
  return inputs;
}

/** The channel fields that metadata carries. */
export function channelMeta(channel: ChannelConfig): ChannelMeta {
  return { id: channel.id, label: channel.label, revision: channel.revision, sourceBaseUrl: channel.sourceBaseUrl };
}

function optionSetBases(channel: ChannelConfig): Partial<Record<OptionSetId, string>> {
  return Object.fromEntries(channel.optionSets.filter((s) => s.sourceBaseUrl).map((s) => [s.id, s.sourceBaseUrl!]));
}

const inputLabel = (channel: string, input: PlannedInput) =>
  `${channel}: ${input.kind === 'packages' ? 'packages' : `options (${input.optionSet})`}`;

/** Build (or reuse) the metadata of one channel. */
export async function buildChannel(channel: ChannelConfig, options: BuildOptions): Promise<BuildResult> {
  const reporter = options.reporter ?? silentReporter;
  const started = Date.now();
  const dir = channelMetadataDir(options.dataDir, channel.id);
  const meta = channelMeta(channel);
  const bases = optionSetBases(channel);
  const inputs = planInputs(channel);
  recoverStaging(options.dataDir);

  // A forced build reads every input anyway, and reading hashes an artifact's bytes: hashing
  // it beforehand too would read it twice for nothing.
  const known = await Promise.all(
    inputs.map((i) => (options.force && 'artifact' in i.source ? null : fingerprintBeforeRead(i.source))),
  );
  if (!options.force && known.every((f) => f !== null)) {
    const expected = contentHash(meta, bases, inputs.map((input, i) => fingerprintOf(input, known[i]!)));
    const existing = readManifestIfComplete(dir);
    if (existing?.contentHash === expected) {
      reporter.info(`${channel.id}: metadata up to date (inputs unchanged, content hash ${expected.slice(0, 12)}); reused ${dir}`);
      return { channel: channel.id, dir, reused: true, manifest: existing };
    }
  }

  const staging = await createStaging(options.dataDir, channel.id);
  const workDir = await mkdtemp(join(tmpdir(), `nixsearch-${channel.id}-`));
  const writers: JsonlWriter[] = [];
  const jobs = options.jobs ?? defaultJobs();
  let pool: WorkerPool | null = null;
  const poolFor = async (location: string) => {
    const size = await rawSize(location);
    if (jobs === 0 || (size !== null && size < PARALLEL_MIN_BYTES)) return null;
    return (pool ??= new WorkerPool(jobs));
  };
  try {
    const packagesOut = await JsonlWriter.create(join(staging.dir, METADATA_FILES.packages));
    const optionsOut = await JsonlWriter.create(join(staging.dir, METADATA_FILES.options));
    writers.push(packagesOut, optionsOut);
    const fingerprints: InputFingerprint[] = [];
    const sources: Manifest['sources'] = [];
    const skipped: Record<string, number> = {};
    const timings: Record<string, number> = {};
    const optionCounts: Partial<Record<OptionSetId, number>> = {};
    for (const [i, input] of inputs.entries()) {
      const label = inputLabel(channel.id, input);
      const key = input.kind === 'packages' ? 'packages' : `options.${input.optionSet}`;
      const resolved = await resolveInput(input, { workDir, signal: options.signal, reporter, label });
      if (resolved.evaluationMs !== null) timings[`evaluate.${key}`] = resolved.evaluationMs;
      const spec = {
        channel: channel.id,
        sourceBaseUrl: input.sourceBaseUrl,
        sourceRoot: resolved.sourceRoot,
        ...(input.optionSet ? { optionSet: input.optionSet } : {}),
      };
      const writer = input.kind === 'packages' ? packagesOut : optionsOut;
      const pool = await poolFor(resolved.location);
      const result = await importInput(resolved.location, input.kind, spec, { writer, reporter, label, signal: options.signal, pool });
      if (input.optionSet) optionCounts[input.optionSet] = (optionCounts[input.optionSet] ?? 0) + result.written;
      timings[key] = result.durationMs;
      for (const [reason, n] of Object.entries(result.skipped)) skipped[`${key}/${reason}`] = n;
      fingerprints.push(fingerprintOf(input, known[i] ?? `sha256:${result.rawSha256}`));
      sources.push({
        kind: input.kind,
        ...(input.optionSet ? { optionSet: input.optionSet } : {}),
        method: 'artifact' in input.source ? 'artifact' : 'nix',
        location: 'artifact' in input.source ? input.source.artifact : input.source.nixpkgs,
      });
    }
    await packagesOut.close();
    await optionsOut.close();
    timings.total = Date.now() - started;
    const manifest: Manifest = {
      schemaVersion: SCHEMA_VERSION,
      channel: meta,
      sources,
      counts: { packages: packagesOut.count, options: optionCounts },
      skipped,
      timings,
      contentHash: contentHash(meta, bases, fingerprints),
      tool: { name: TOOL_NAME, version: TOOL_VERSION },
      createdAt: new Date().toISOString(),
    };
    await writeManifest(staging.dir, manifest);
    if (options.signal?.aborted) throw new InterruptedError();
    await staging.commit();
    const skippedTotal = Object.values(skipped).reduce((a, b) => a + b, 0);
    reporter.info(
      `${channel.id}: wrote ${formatCount(manifest.counts.packages)} packages and ${formatCount(optionsOut.count)} options ` +
        `(${formatCount(skippedTotal)} skipped) to ${dir} in ${formatDuration(timings.total)}`,
    );
    return { channel: channel.id, dir, reused: false, manifest };
  } catch (error) {
    for (const writer of writers) await writer.abandon();
    await staging.discard();
    throw options.signal?.aborted ? new InterruptedError() : error;
  } finally {
    await (pool as WorkerPool | null)?.close();
    await rm(workDir, { recursive: true, force: true });
  }
}

function fingerprintOf(input: PlannedInput, fingerprint: string): InputFingerprint {
  return {
    kind: input.kind,
    ...(input.optionSet ? { optionSet: input.optionSet } : {}),
    method: 'artifact' in input.source ? 'artifact' : 'nix',
    fingerprint,
  };
}

export type { PlannedInput };
