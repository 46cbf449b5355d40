import type { Metadata } from 'next';
import { PackageCard } from '@/components/packages/package-card';
import { ActiveFilters } from '@/components/search/active-filters';
import { EmptyResults } from '@/components/search/empty-results';
import { FacetPanel } from '@/components/search/facet-panel';
import { UnavailableNotice, UnknownChannelNotice } from '@/components/search/notices';
import { Pagination } from '@/components/search/pagination';
import { ResultSummary } from '@/components/search/result-summary';
import { SearchLanding } from '@/components/search/search-landing';
import { runSearch } from '@/lib/search-page';
import { parseSearchState, searchHref } from '@/lib/search-state';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const state = parseSearchState('packages', await searchParams);
  return {
    title: state.query ? `${state.query} · Packages` : 'Packages',
    description: 'Search nixpkgs packages by name, program or description, per channel.',
    alternates: { canonical: searchHref(state) },
    robots: state.query ? { index: false, follow: true } : undefined,
  };
}

export default async function PackagesPage({ searchParams }: Props) {
  const state = parseSearchState('packages', await searchParams);
  const outcome = await runSearch('package', state);
  if (outcome.status === 'unavailable') return <UnavailableNotice />;
  if (outcome.status === 'unknown-channel') return <UnknownChannelNotice state={state} channelId={outcome.channelId} channels={outcome.channels} />;
  const { channel, response } = outcome;
  if (!response) return <SearchLanding state={state} count={channel.counts.packages} channelLabel={channel.label} />;
  return (
    <div className="grid gap-4 md:grid-cols-[14rem_minmax(0,1fr)]">
      {/* On phones the filters follow the results; a link at the top jumps there. */}
      <aside id="filters" aria-label="Filters" className="order-2 md:order-1">
        <FacetPanel state={state} facets={response.facets} />
      </aside>
      <section aria-label="Results" data-results className="order-1 min-w-0 space-y-2 md:order-2">
        <ResultSummary state={state} total={response.total} noun={response.total === 1 ? 'package' : 'packages'} />
        <a href="#filters" className="text-xs text-sky-700 underline md:hidden dark:text-sky-300">
          Filters
        </a>
        <ActiveFilters state={state} />
        {response.hits.length === 0 ? (
          <EmptyResults state={state} channelLabel={channel.label} />
        ) : (
          <ol className="divide-y divide-zinc-100 dark:divide-zinc-900">
            {response.hits.map(({ doc }) => (
              <li key={doc.attrPath}>
                <PackageCard pkg={doc} channel={channel.id} />
              </li>
            ))}
          </ol>
        )}
        <Pagination state={state} total={response.total} />
      </section>
    </div>
  );
}
