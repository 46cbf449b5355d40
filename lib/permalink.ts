/**
 * Data of the permalink pages: one document in one channel, and (packages) the same
 * attribute in every live channel. Unknown channel or name → null (the page shows a 404);
 * engine down → "unavailable".
 */
import 'server-only';
import type { OptionDoc, OptionSetId, PackageDoc } from '@/core/documents/types';
import { EngineUnavailableError, UnknownChannelError } from '@/core/search/errors';
import type { ChannelInfo } from '@/core/search/types';
import { getOption, getPackage, resolveChannel } from './engine';

/** A document page's data, or why there is none. */
export type Lookup<D> = { status: 'ok'; doc: D; channel: ChannelInfo; channels: ChannelInfo[] } | { status: 'not-found' } | { status: 'unavailable' };

async function lookup<D>(channelId: string, get: (channel: string) => Promise<D | null>): Promise<Lookup<D>> {
  try {
    const { channel, channels } = await resolveChannel(channelId);
    const doc = await get(channel.id);
    return doc ? { status: 'ok', doc, channel, channels } : { status: 'not-found' };
  } catch (error) {
    if (error instanceof UnknownChannelError) return { status: 'not-found' };
    if (!(error instanceof EngineUnavailableError)) console.error('[nixsearch] lookup failed:', error);
    return { status: 'unavailable' };
  }
}

/** A package by channel and attribute path. */
export function lookupPackage(channelId: string, attrPath: string): Promise<Lookup<PackageDoc>> {
  return lookup(channelId, (c) => getPackage(c, attrPath));
}

/** An option by channel, set and name. */
export function lookupOption(channelId: string, set: OptionSetId, name: string): Promise<Lookup<OptionDoc>> {
  return lookup(channelId, (c) => getOption(c, set, name));
}

/** The same attribute in every channel: its version there, or null when absent. */
export async function packageAcrossChannels(channels: ChannelInfo[], attrPath: string): Promise<{ channel: ChannelInfo; version: string | null }[]> {
  return Promise.all(
    channels.map(async (channel) => {
      try {
        const doc = await getPackage(channel.id, attrPath);
        return { channel, version: doc ? doc.version : null };
      } catch {
        return { channel, version: null };
      }
    }),
  );
}
