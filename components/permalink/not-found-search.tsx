'use client';

import { usePathname } from 'next/navigation';
import { SEARCH_LIMITS } from '@/core/search/types';
import { decodeParam } from '@/lib/urls';

/**
 * Body of the permalink 404s: reads the channel and name back from the path (not-found
 * boundaries get no params) and offers a search for that name in that channel.
 */
export function NotFoundSearch({ kind }: { kind: 'packages' | 'options' }) {
  const segments = (usePathname() ?? '').split('/').filter(Boolean).slice(1).map(decodeParam);
  const channel = segments[0] ?? '';
  const name = segments.slice(1).join('/');
  const query = new URLSearchParams({ channel, query: name.slice(0, SEARCH_LIMITS.maxQueryLength) });
  const what = kind === 'packages' ? 'package' : 'option';
  return (
    <div className="space-y-3 py-6">
      <h1 className="text-xl font-semibold">
        No {what} <code className="break-all font-mono">{name}</code> in <span className="font-mono">{channel}</span>
      </h1>
      <p className="text-sm text-zinc-600 dark:text-zinc-400">It may have been renamed or removed, or live in another channel.</p>
      <p>
        <a href={`/${kind}?${query}`} className="rounded bg-sky-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-sky-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600">
          Search {kind} for “{name}”
        </a>
      </p>
    </div>
  );
}
