import type { ChannelInfo } from '@/core/search/types';
import { searchHref, type SearchState } from '@/lib/search-state';

/** The engine cannot answer: a clear, calm message (the page's status is 503 where possible). */
export function UnavailableNotice() {
  return (
    <div role="alert" className="rounded border border-amber-300 bg-amber-50 p-4 text-sm text-amber-950 dark:border-amber-800 dark:bg-amber-950/50 dark:text-amber-100">
      <h2 className="text-base font-semibold">Search is temporarily unavailable</h2>
      <p className="mt-1">The search engine is not answering right now. Please try again in a moment.</p>
    </div>
  );
}

/** The channel in the URL is not indexed: offer the ones that are. */
export function UnknownChannelNotice({ state, channelId, channels }: { state: SearchState; channelId: string; channels: ChannelInfo[] }) {
  return (
    <div role="alert" className="rounded border border-zinc-300 p-4 text-sm dark:border-zinc-700">
      <h2 className="text-base font-semibold">
        Unknown channel <q>{channelId}</q>
      </h2>
      <p className="mt-1">Search one of the indexed channels instead:</p>
      <ul className="mt-1 list-disc pl-5">
        {channels.map((c) => (
          <li key={c.id}>
            <a className="text-sky-700 underline dark:text-sky-300" href={searchHref(state, { channel: c.id })}>
              {c.label}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
