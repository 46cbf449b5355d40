import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { OptionMeta } from '@/components/options/option-meta';
import { Breadcrumbs } from '@/components/permalink/breadcrumbs';
import { Section } from '@/components/permalink/section';
import { UnavailableNotice } from '@/components/search/notices';
import { Badge } from '@/components/ui/badge';
import { RenderedHtml } from '@/components/ui/rendered-html';
import { SnippetList } from '@/components/ui/snippet-list';
import { OPTION_SETS, type OptionSetId } from '@/core/documents/types';
import { OPTION_SET_TITLES } from '@/lib/facet-labels';
import { optionUsageSnippet } from '@/lib/install-snippets';
import { lookupOption } from '@/lib/permalink';
import { DEFAULT_OPTION_SET, decodeParam, nameFromSegments, optionPath } from '@/lib/urls';

type Props = {
  params: Promise<{ channel: string; name: string[] }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

async function resolve({ params, searchParams }: Props) {
  const { channel, name } = await params;
  const raw = (await searchParams).set;
  const set = (typeof raw === 'string' && OPTION_SETS.includes(raw as OptionSetId) ? raw : DEFAULT_OPTION_SET) as OptionSetId;
  const optionName = nameFromSegments(name);
  return { set, optionName, found: await lookupOption(decodeParam(channel), set, optionName) };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { found } = await resolve(props);
  if (found.status !== 'ok') return { title: found.status === 'unavailable' ? 'Temporarily unavailable' : 'Option not found', robots: { index: false } };
  const { doc, channel } = found;
  const title = `${doc.name} · ${channel.label}`;
  const description = doc.description.text.slice(0, 300) || `The ${doc.name} option in ${channel.label}.`;
  const url = optionPath(channel.id, doc.optionSet, doc.name);
  return { title, description, alternates: { canonical: url }, openGraph: { title, description, url, type: 'website' } };
}

export default async function OptionPage(props: Props) {
  const { set, found } = await resolve(props);
  if (found.status === 'unavailable') return <UnavailableNotice />;
  if (found.status === 'not-found') notFound();
  const { doc, channel } = found;
  const search = new URLSearchParams({ channel: channel.id, set });
  return (
    <article className="space-y-5">
      <Breadcrumbs
        items={[
          { label: 'Options', href: `/options?${search}` },
          { label: `${channel.label} · ${OPTION_SET_TITLES[set] ?? set}`, href: `/options?${search}` },
          { label: doc.name },
        ]}
      />
      <header className="space-y-1">
        <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
          <h1 className="break-all font-mono text-2xl font-semibold">{doc.name}</h1>
          <Badge tone="sky">{OPTION_SET_TITLES[doc.optionSet] ?? doc.optionSet}</Badge>
          {doc.readOnly ? <Badge tone="zinc">read-only</Badge> : null}
        </div>
      </header>
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-[minmax(0,1fr)_24rem]">
        <div className="min-w-0 space-y-5">
          <Section title="Description">
            <RenderedHtml text={doc.description} className="text-sm" />
          </Section>
          <Section title="Details">
            <OptionMeta option={doc} />
          </Section>
        </div>
        <Section title="Usage">
          <SnippetList snippets={[optionUsageSnippet(doc)]} />
        </Section>
      </div>
    </article>
  );
}
