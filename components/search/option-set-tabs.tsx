import type { OptionSetId } from '@/core/documents/types';
import { OPTION_SET_TITLES } from '@/lib/facet-labels';
import { searchHref, type SearchState } from '@/lib/search-state';

/** Tabs for the option sets of the channel, with the number of matches in each. */
export function OptionSetTabs({ state, sets, current, counts }: { state: SearchState; sets: OptionSetId[]; current: OptionSetId | undefined; counts: Partial<Record<string, number>> }) {
  if (sets.length === 0) return null;
  return (
    <nav aria-label="Option sets" className="flex gap-1 border-b border-zinc-200 dark:border-zinc-800">
      {sets.map((set) => {
        const on = set === current;
        return (
          <a
            key={set}
            href={searchHref(state, { set })}
            data-keep-scroll
            aria-current={on ? 'page' : undefined}
            className={`-mb-px rounded-t border px-3 py-1.5 text-sm focus-visible:outline-2 focus-visible:outline-sky-600 ${
              on
                ? 'border-zinc-200 border-b-white bg-white font-medium dark:border-zinc-800 dark:border-b-zinc-950 dark:bg-zinc-950'
                : 'border-transparent text-zinc-600 hover:text-zinc-900 dark:text-zinc-400 dark:hover:text-zinc-100'
            }`}
          >
            {OPTION_SET_TITLES[set] ?? set}{' '}
            <span className="tabular-nums text-xs text-zinc-500 dark:text-zinc-400">{(counts[set] ?? 0).toLocaleString('en-US')}</span>
          </a>
        );
      })}
    </nav>
  );
}
