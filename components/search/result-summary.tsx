import { MAX_PAGE, PAGE_SIZE, searchHref, type SearchState } from '@/lib/search-state';

/** Last page that can be shown for a total. */
export function lastPage(total: number): number {
  return Math.max(1, Math.min(Math.ceil(total / PAGE_SIZE), MAX_PAGE));
}

/** "1,234 packages · page 2 of 62", and the sort switch. */
export function ResultSummary({ state, total, noun }: { state: SearchState; total: number; noun: string }) {
  const sortLink = (sort: SearchState['sort'], label: string) => (
    <a
      href={searchHref(state, { sort })}
      data-keep-scroll
      aria-current={state.sort === sort ? 'true' : undefined}
      className={`rounded px-1.5 py-0.5 focus-visible:outline-2 focus-visible:outline-sky-600 ${
        state.sort === sort ? 'bg-zinc-200 font-medium dark:bg-zinc-700' : 'hover:bg-zinc-100 dark:hover:bg-zinc-800'
      }`}
    >
      {label}
    </a>
  );
  return (
    <div className="flex flex-wrap items-center justify-between gap-2 text-sm text-zinc-600 dark:text-zinc-400">
      <p role="status">
        <span className="font-semibold text-zinc-900 tabular-nums dark:text-zinc-100">{total.toLocaleString('en-US')}</span> {noun}
        {total > PAGE_SIZE ? ` · page ${state.page} of ${lastPage(total).toLocaleString('en-US')}` : ''}
      </p>
      <p className="flex items-center gap-1">
        <span>Sort:</span>
        {sortLink('relevance', 'Relevance')}
        {sortLink('name', 'Name')}
      </p>
    </div>
  );
}
