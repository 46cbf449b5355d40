import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PackageFlagBadges } from '@/components/packages/package-flags';
import { PackageMeta } from '@/components/packages/package-meta';
import { Breadcrumbs } from '@/components/permalink/breadcrumbs';
import { ChannelComparison } from '@/components/permalink/channel-comparison';
import { Section } from '@/components/permalink/section';
import { UnavailableNotice } from '@/components/search/notices';
import { RenderedHtml } from '@/components/ui/rendered-html';
import { SnippetList } from '@/components/ui/snippet-list';
import { packageSnippets } from '@/lib/install-snippets';
import { lookupPackage, packageAcrossChannels } from '@/lib/permalink';
import { absoluteUrl } from '@/lib/site';
import { badgePath, decodeParam, packagePath } from '@/lib/urls';

type Props = { params: Promise<{ channel: string; attr: string }> };

async function routeParams(params: Props['params']) {
  const p = await params;
  return { channel: decodeParam(p.channel), attr: decodeParam(p.attr) };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { channel, attr } = await routeParams(params);
  const found = await lookupPackage(channel, attr);
  if (found.status !== 'ok') return { title: found.status === 'unavailable' ? 'Temporarily unavailable' : 'Package not found', robots: { index: false } };
  const { doc } = found;
  const title = `${doc.attrPath} ${doc.version}`.trim() + ` · ${found.channel.label}`;
  const description = doc.description || `The ${doc.attrPath} package in ${found.channel.label}.`;
  const url = packagePath(found.channel.id, doc.attrPath);
  return { title, description, alternates: { canonical: url }, openGraph: { title, description, url, type: 'website' } };
}

export default async function PackagePage({ params }: Props) {
  const { channel: channelId, attr } = await routeParams(params);
  const found = await lookupPackage(channelId, attr);
  if (found.status === 'unavailable') return <UnavailableNotice />;
  if (found.status === 'not-found') notFound();
  const { doc, channel, channels } = found;
  const [rows, pageUrl, badgeUrl] = await Promise.all([
    packageAcrossChannels(channels, doc.attrPath),
    absoluteUrl(packagePath(channel.id, doc.attrPath)),
    absoluteUrl(badgePath(channel.id, doc.attrPath)),
  ]);
  const badgeMarkdown = `[![${channel.id}](${badgeUrl})](${pageUrl})`;
  return (
    <article className="space-y-5">
      <Breadcrumbs
        items={[
          { label: 'Packages', href: `/packages?channel=${encodeURIComponent(channel.id)}` },
          { label: channel.label, href: `/packages?channel=${encodeURIComponent(channel.id)}` },
          { label: doc.attrPath },
        ]}
      />
      <header className="space-y-1">
        <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
          <h1 className="break-all font-mono text-2xl font-semibold">{doc.attrPath}</h1>
          {doc.version ? <span className="font-mono text-sm text-zinc-600 dark:text-zinc-400">{doc.version}</span> : null}
          <PackageFlagBadges flags={doc.flags} />
        </div>
        {doc.description ? <p className="text-zinc-700 dark:text-zinc-300">{doc.description}</p> : null}
      </header>
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-[minmax(0,1fr)_24rem]">
        <div className="min-w-0 space-y-5">
          {doc.longDescription ? (
            <Section title="Description">
              <RenderedHtml text={doc.longDescription} className="text-sm" />
            </Section>
          ) : null}
          <Section title="Details">
            <PackageMeta pkg={doc} />
          </Section>
          <Section title="In every channel">
            <ChannelComparison attrPath={doc.attrPath} current={channel.id} rows={rows} />
          </Section>
        </div>
        <div className="space-y-5">
          <Section title="Install">
            <SnippetList snippets={packageSnippets(doc)} />
          </Section>
          <Section title="Badge">
            <SnippetList snippets={[{ id: 'badge', label: 'Markdown', language: 'shell', code: badgeMarkdown }]} />
          </Section>
        </div>
      </div>
    </article>
  );
}
