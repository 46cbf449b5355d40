/** Publish a channel's JSON metadata into a search engine, with progress. */
import { optionCount } from '@/core/metadata/manifest';
import type { PublishResult, SearchEngine } from '@/core/search/engine';
import { formatCount, formatDuration, type Reporter } from '../progress/reporter';
import { channelMetadataDir } from '../write/staging';
import { openMetadata } from './metadata';

/** Options of loadChannel. */
export interface LoadOptions {
  dataDir: string;
  /** Publish even when the engine already serves the same content. */
  force?: boolean;
  signal?: AbortSignal;
  reporter: Reporter;
}

/** Load `<dataDir>/metadata/<channel>` into the engine (the engine switches atomically). */
export async function loadChannel(engine: SearchEngine, channel: string, options: LoadOptions): Promise<PublishResult> {
  const input = openMetadata(channelMetadataDir(options.dataDir, channel));
  const { manifest } = input;
  const total = manifest.counts.packages + optionCount(manifest);
  const step = options.reporter.step(`${channel}: loading into ${engine.name}`, total, 'documents');
  const loaded = { package: 0, option: 0 };
  try {
    const result = await engine.publish(input, {
      force: options.force,
      signal: options.signal,
      onProgress: (e) => {
        loaded[e.kind] = e.loaded;
        step.update(loaded.package + loaded.option, loaded.package + loaded.option);
      },
    });
    step.finish(
      result.published
        ? `published ${formatCount(result.counts.packages)} packages and ${formatCount(result.counts.options)} options in ${formatDuration(result.durationMs)}`
        : `already live with the same content; not re-published (use --force to publish anyway)`,
    );
    return result;
  } catch (error) {
    step.fail();
    throw error;
  }
}
