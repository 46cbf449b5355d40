/**
 * Which option sets (NixOS, Home Manager) a channel carries and which one a page shows. Pure,
 * so the options page, its typeahead and the API agree on it and tests can call it directly.
 */
import { OPTION_SETS, type OptionSetId } from '@/core/documents/types';
import type { ChannelInfo } from '@/core/search/types';

/** Option sets a channel carries, in the usual order. */
export function channelOptionSets(channel: ChannelInfo): OptionSetId[] {
  return OPTION_SETS.filter((s) => (channel.counts.options[s] ?? 0) > 0);
}

/** The option set to show: the one asked for, else the channel's first (none when it has none). */
export function pickOptionSet(channel: ChannelInfo, wanted: OptionSetId | undefined): OptionSetId | undefined {
  return wanted ?? channelOptionSets(channel)[0];
}
