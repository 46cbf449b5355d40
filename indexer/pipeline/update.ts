/** Several channels at once: build all, load all, or both (what `npm start` runs on every start). */
import type { ChannelConfig } from '@/core/channels/config';
import type { PublishResult, SearchEngine } from '@/core/search/engine';
import { loadChannel } from '../load/publish';
import { silentReporter, type Reporter } from '../progress/reporter';
import { buildChannel, type BuildResult } from './build';

/** Settings shared by the multi-channel commands. */
export interface RunSettings {
  dataDir: string;
  force?: boolean;
  signal?: AbortSignal;
  reporter?: Reporter;
  /** Worker threads for large inputs (see BuildOptions.jobs). */
  jobs?: number;
}

/** Build the channels one after the other (stopping at the first failure). */
export async function buildChannels(channels: ChannelConfig[], settings: RunSettings): Promise<BuildResult[]> {
  const results: BuildResult[] = [];
  for (const channel of channels) results.push(await buildChannel(channel, settings));
  return results;
}

/** Publish the channels' metadata into an engine. */
export async function loadChannels(engine: SearchEngine, channelIds: string[], settings: RunSettings): Promise<PublishResult[]> {
  const results: PublishResult[] = [];
  for (const id of channelIds) {
    results.push(await loadChannel(engine, id, { ...settings, reporter: settings.reporter ?? silentReporter }));
  }
  return results;
}

/** Build (reusing unchanged metadata), then publish (skipped by the engine when unchanged). */
export async function updateChannels(
  engine: SearchEngine,
  channels: ChannelConfig[],
  settings: RunSettings,
): Promise<{ builds: BuildResult[]; loads: PublishResult[] }> {
  const builds = await buildChannels(channels, settings);
  // Unchanged metadata keeps its content hash, so the engine skips it (unless forced).
  const loads = await loadChannels(engine, channels.map((c) => c.id), settings);
  return { builds, loads };
}
