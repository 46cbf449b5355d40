/**
 * What a search page shows for a URL state: the channel, the option set, and the engine's
 * answer, or why there is none (unknown channel, engine unavailable). Pages render the
 * outcome; they never see an exception from the engine.
 */
import 'server-only';
import type { OptionSetId } from '@/core/documents/types';
import { EngineUnavailableError, UnknownChannelError } from '@/core/search/errors';
import type { ChannelInfo, SearchResponse } from '@/core/search/types';
import { listChannels, resolveChannel, search } from './engine';
import { pickOptionSet } from './option-sets';
import { engineFilters, hasFilters, PAGE_SIZE, type SearchState } from './search-state';

/** The outcome of a search page. */
export type SearchOutcome<K extends 'package' | 'option'> =
  | {
      status: 'ok';
      channel: ChannelInfo;
      channels: ChannelInfo[];
      /** Options only: the option set shown. */
      optionSet: OptionSetId | undefined;
      /** null when there is nothing to search for yet (empty query, no filters). */
      response: SearchResponse<K> | null;
    }
  | { status: 'unknown-channel'; channelId: string; channels: ChannelInfo[] }
  | { status: 'unavailable' };

/** Run the search a page's state asks for. */
export async function runSearch<K extends 'package' | 'option'>(kind: K, state: SearchState): Promise<SearchOutcome<K>> {
  let resolved: Awaited<ReturnType<typeof resolveChannel>>;
  try {
    resolved = await resolveChannel(state.channel);
  } catch (error) {
    return failure(error, null);
  }
  const { channel, channels } = resolved;
  const optionSet = kind === 'option' ? pickOptionSet(channel, state.set) : undefined;
  if (!state.query.trim() && !hasFilters(state)) return { status: 'ok', channel, channels, optionSet, response: null };
  try {
    const response = await search<K>({
      channel: channel.id,
      kind,
      query: state.query,
      filters: engineFilters(state, optionSet),
      sort: state.sort,
      from: (state.page - 1) * PAGE_SIZE,
      size: PAGE_SIZE,
    });
    return { status: 'ok', channel, channels, optionSet, response };
  } catch (error) {
    return failure(error, channels);
  }
}

/** Unknown channel → that outcome (with the live channels to offer); anything else → unavailable. */
async function failure(error: unknown, channels: ChannelInfo[] | null): Promise<SearchOutcome<never>> {
  if (!(error instanceof UnknownChannelError)) {
    if (!(error instanceof EngineUnavailableError)) console.error('[nixsearch] search failed:', error);
    return { status: 'unavailable' };
  }
  try {
    return { status: 'unknown-channel', channelId: error.channel, channels: channels ?? (await listChannels()) };
  } catch {
    return { status: 'unavailable' };
  }
}
