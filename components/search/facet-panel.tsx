import { PACKAGE_FACETS, type FacetBucket, type FacetName } from '@/core/search/types';
import { FACET_TITLES, facetValueLabel } from '@/lib/facet-labels';
import { searchHref, toggleFilter, type PackageFacet, type SearchState } from '@/lib/search-state';

/** Values shown before the rest fold under "more". */
const VISIBLE = 8;

function FacetLinks({ state, facet, rows }: { state: SearchState; facet: PackageFacet; rows: FacetBucket[] }) {
  const selected = state.filters[facet] ?? [];
  // Styled from globals.css (`.facets a`): up to 80 links per page, so no per-link class
  // lists and no wrapper around the value (the count is the link's one child element).
  return (
    <ul>
      {rows.map((b) => {
        const on = selected.includes(b.value);
        return (
          <li key={b.value}>
            <a href={searchHref(state, toggleFilter(state, facet, b.value))} aria-current={on ? 'true' : undefined}>
              {`${on ? '✓ ' : ''}${facetValueLabel(facet, b.value)}`}
              <span>{b.count.toLocaleString('en-US')}</span>
            </a>
          </li>
        );
      })}
    </ul>
  );
}

/** Package facets with counts; each value is a link that adds or removes that filter (keeping the scroll position). */
export function FacetPanel({ state, facets }: { state: SearchState; facets: Partial<Record<FacetName, FacetBucket[]>> }) {
  return (
    <div className="facets space-y-4" data-keep-scroll>
      {PACKAGE_FACETS.map((facet) => {
        const selected = state.filters[facet] ?? [];
        const buckets = facets[facet] ?? [];
        const missing = selected.filter((v) => !buckets.some((b) => b.value === v)).map((value) => ({ value, count: 0 }));
        const rows = [...buckets, ...missing];
        if (rows.length === 0) return null;
        // Selected values always stay in view.
        const shown = rows.filter((b, i) => i < VISIBLE || selected.includes(b.value));
        const folded = rows.filter((b) => !shown.includes(b));
        return (
          <section key={facet} aria-labelledby={`facet-${facet}`}>
            <h2 id={`facet-${facet}`} className="mb-1 text-xs font-semibold uppercase tracking-wide text-zinc-500 dark:text-zinc-400">
              {FACET_TITLES[facet]}
            </h2>
            <FacetLinks state={state} facet={facet} rows={shown} />
            {folded.length > 0 ? (
              <details>
                <summary className="details-toggle mt-0.5 px-1.5">{folded.length} more</summary>
                <FacetLinks state={state} facet={facet} rows={folded} />
              </details>
            ) : null}
          </section>
        );
      })}
    </div>
  );
}
