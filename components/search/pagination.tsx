import { searchHref, type SearchState } from '@/lib/search-state';
import { lastPage } from './result-summary';

/** Pages shown around the current one. */
const AROUND = 2;

/** Previous / numbered / next page links. */
export function Pagination({ state, total }: { state: SearchState; total: number }) {
  const last = lastPage(total);
  if (last <= 1) return null;
  const pages = new Set([1, last]);
  for (let p = state.page - AROUND; p <= state.page + AROUND; p++) if (p >= 1 && p <= last) pages.add(p);
  const sorted = [...pages].sort((a, b) => a - b);
  const base = 'rounded px-2.5 py-1 focus-visible:outline-2 focus-visible:outline-sky-600';
  const link = (page: number, label: React.ReactNode, rel?: string) => (
    <a href={searchHref(state, { page })} rel={rel} className={`${base} hover:bg-zinc-100 dark:hover:bg-zinc-800`}>
      {label}
    </a>
  );
  return (
    <nav aria-label="Pagination" className="mt-4 flex flex-wrap items-center justify-center gap-1 text-sm">
      {state.page > 1 ? link(state.page - 1, '← Previous', 'prev') : null}
      {sorted.map((p, i) => (
        <span key={p} className="flex items-center gap-1">
          {i > 0 && p - (sorted[i - 1] ?? p) > 1 ? <span aria-hidden="true">…</span> : null}
          {p === state.page ? (
            <span aria-current="page" className={`${base} bg-sky-700 font-medium text-white`}>
              {p}
            </span>
          ) : (
            link(p, <><span className="sr-only">Page </span>{p}</>)
          )}
        </span>
      ))}
      {state.page < last ? link(state.page + 1, 'Next →', 'next') : null}
    </nav>
  );
}
