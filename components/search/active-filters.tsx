import { PACKAGE_FACETS } from '@/core/search/types';
import { FACET_TITLES, facetValueLabel } from '@/lib/facet-labels';
import { hasFilters, searchHref, toggleFilter, type SearchState } from '@/lib/search-state';

/** The filters in force, each removable, and a link that clears them all. */
export function ActiveFilters({ state }: { state: SearchState }) {
  if (!hasFilters(state)) return null;
  const chip =
    'inline-flex items-center gap-1 rounded-full bg-sky-100 px-2 py-0.5 text-xs text-sky-900 hover:bg-sky-200 focus-visible:outline-2 focus-visible:outline-sky-600 dark:bg-sky-900/60 dark:text-sky-100 dark:hover:bg-sky-800';
  return (
    <ul aria-label="Active filters" className="flex flex-wrap items-center gap-1.5">
      {PACKAGE_FACETS.flatMap((facet) =>
        (state.filters[facet] ?? []).map((value) => (
          <li key={`${facet}:${value}`}>
            <a href={searchHref(state, toggleFilter(state, facet, value))} data-keep-scroll className={chip}>
              <span>
                {FACET_TITLES[facet]}: {facetValueLabel(facet, value)}
              </span>
              <span aria-hidden="true">×</span>
              <span className="sr-only">(remove)</span>
            </a>
          </li>
        )),
      )}
      <li>
        <a href={searchHref(state, { filters: {} })} data-keep-scroll className="text-xs text-zinc-600 underline dark:text-zinc-400">
          Clear filters
        </a>
      </li>
    </ul>
  );
}
