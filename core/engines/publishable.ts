/**
 * The checks every engine makes before it builds anything for a publish, so that both refuse
 * the same metadata with the same message.
 */
import { SCHEMA_VERSION } from '../documents/types';
import { CHANNEL_ID, optionCount, type Manifest } from '../metadata/manifest';
import { PublishError } from '../search/errors';

/** Document counts a complete publish of this manifest must reach. */
export interface ExpectedCounts {
  packages: number;
  options: number;
}

/** Refuse metadata that cannot be published (bad channel id, other schema version); else the counts to expect. */
export function publishableCounts(manifest: Manifest): ExpectedCounts {
  const channel = manifest.channel;
  if (!CHANNEL_ID.test(channel.id)) throw new PublishError(`Invalid channel id "${channel.id}"`);
  if (manifest.schemaVersion !== SCHEMA_VERSION) {
    throw new PublishError(`Metadata of ${channel.id} has schema version ${manifest.schemaVersion}; this build reads ${SCHEMA_VERSION}. Re-run the indexer.`);
  }
  return { packages: manifest.counts.packages, options: optionCount(manifest) };
}
