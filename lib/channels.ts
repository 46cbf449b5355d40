/** Channel list for page chrome that must render even when the engine is down. */
import 'server-only';
import type { ChannelInfo } from '@/core/search/types';
import { listChannels } from './engine';

/** The live channels, or an empty list when the engine cannot say. */
export async function channelsOrEmpty(): Promise<ChannelInfo[]> {
  try {
    return await listChannels();
  } catch {
    return [];
  }
}
