import type { OptionSetId } from '@/core/documents/types';
import { OPTION_SET_TITLES } from '@/lib/facet-labels';
import { hasFilters, searchHref, type SearchState } from '@/lib/search-state';

/** A looser version of a query: negations dropped, else the last word dropped. */
export function looserQuery(query: string): string | null {
  const words = query.trim().split(/\s+/).filter(Boolean);
  const positive = words.filter((w) => !w.startsWith('-'));
  if (positive.length > 0 && positive.length < words.length) return positive.join(' ');
  if (words.length > 1) return words.slice(0, -1).join(' ');
  if (words.length === 1 && words[0] && words[0].length > 3 && /[._-]/.test(words[0])) return words[0].split(/[._-]/)[0] ?? null;
  return null;
}

/** No results: say so, and offer the other tab, other option set, fewer filters, a looser query. */
export function EmptyResults({ state, channelLabel, otherSet }: { state: SearchState; channelLabel: string; otherSet?: { id: OptionSetId; count: number } }) {
  const looser = looserQuery(state.query);
  const otherKind = state.kind === 'packages' ? 'options' : 'packages';
  const link = 'text-sky-700 underline dark:text-sky-300';
  return (
    <div className="rounded border border-dashed border-zinc-300 p-4 text-sm dark:border-zinc-700">
      <p className="font-medium">
        No {state.kind} match <q>{state.query}</q> in {channelLabel}
        {hasFilters(state) ? ' with these filters' : ''}.
      </p>
      <ul className="mt-2 list-disc space-y-1 pl-5">
        {otherSet && otherSet.count > 0 ? (
          <li>
            <a className={link} href={searchHref(state, { set: otherSet.id })}>
              {otherSet.count.toLocaleString('en-US')} in {OPTION_SET_TITLES[otherSet.id] ?? otherSet.id} options
            </a>
          </li>
        ) : null}
        {hasFilters(state) ? (
          <li>
            <a className={link} href={searchHref(state, { filters: {} })}>Search without filters</a>
          </li>
        ) : null}
        {looser ? (
          <li>
            Try a looser query: <a className={link} href={searchHref(state, { query: looser })}>{looser}</a>
          </li>
        ) : null}
        <li>
          <a className={link} href={searchHref(state, { kind: otherKind })}>
            Search {otherKind} for <q>{state.query}</q>
          </a>
        </li>
      </ul>
    </div>
  );
}
