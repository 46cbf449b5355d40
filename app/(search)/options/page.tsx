import type { Metadata } from 'next';
import { OptionCard } from '@/components/options/option-card';
import { EmptyResults } from '@/components/search/empty-results';
import { UnavailableNotice, UnknownChannelNotice } from '@/components/search/notices';
import { OptionSetTabs } from '@/components/search/option-set-tabs';
import { Pagination } from '@/components/search/pagination';
import { ResultSummary } from '@/components/search/result-summary';
import { SearchLanding } from '@/components/search/search-landing';
import { channelOptionSets } from '@/lib/option-sets';
import { runSearch } from '@/lib/search-page';
import { parseSearchState, searchHref } from '@/lib/search-state';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const state = parseSearchState('options', await searchParams);
  return {
    title: state.query ? `${state.query} · Options` : 'Options',
    description: 'Search NixOS and Home Manager options by name or description, per channel.',
    alternates: { canonical: searchHref(state) },
    robots: state.query ? { index: false, follow: true } : undefined,
  };
}

export default async function OptionsPage({ searchParams }: Props) {
  const state = parseSearchState('options', await searchParams);
  const outcome = await runSearch('option', state);
  if (outcome.status === 'unavailable') return <UnavailableNotice />;
  if (outcome.status === 'unknown-channel') return <UnknownChannelNotice state={state} channelId={outcome.channelId} channels={outcome.channels} />;
  const { channel, response, optionSet } = outcome;
  const sets = channelOptionSets(channel);
  const tabState = { ...state, set: optionSet };
  if (!response) {
    return (
      <div className="space-y-2">
        <OptionSetTabs state={tabState} sets={sets} current={optionSet} counts={channel.counts.options} />
        <SearchLanding state={tabState} count={optionSet ? (channel.counts.options[optionSet] ?? 0) : 0} channelLabel={channel.label} />
      </div>
    );
  }
  const counts = Object.fromEntries((response.facets.optionSet ?? []).map((b) => [b.value, b.count]));
  const other = sets.find((s) => s !== optionSet);
  return (
    <section aria-label="Results" data-results className="space-y-2">
      <OptionSetTabs state={tabState} sets={sets} current={optionSet} counts={counts} />
      <ResultSummary state={tabState} total={response.total} noun={response.total === 1 ? 'option' : 'options'} />
      {response.hits.length === 0 ? (
        <EmptyResults state={tabState} channelLabel={channel.label} otherSet={other ? { id: other, count: counts[other] ?? 0 } : undefined} />
      ) : (
        <ol className="divide-y divide-zinc-100 dark:divide-zinc-900">
          {response.hits.map(({ doc }) => (
            <li key={`${doc.optionSet}:${doc.name}`}>
              <OptionCard option={doc} channel={channel.id} />
            </li>
          ))}
        </ol>
      )}
      <Pagination state={tabState} total={response.total} />
    </section>
  );
}
