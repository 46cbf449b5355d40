import { searchHref, type SearchState } from '@/lib/search-state';

const EXAMPLES = { packages: ['ripgrep', 'python3', 'firefox', 'rust analyzer'], options: ['nginx', 'services.openssh', 'networking.firewall', 'users.users'] };

/** Before anything is typed: what can be searched, and a few examples. */
export function SearchLanding({ state, count, channelLabel }: { state: SearchState; count: number; channelLabel: string }) {
  return (
    <div className="py-6 text-sm text-zinc-600 dark:text-zinc-400">
      <p>
        Search <span className="font-semibold text-zinc-900 tabular-nums dark:text-zinc-100">{count.toLocaleString('en-US')}</span> {state.kind} in {channelLabel}.
        Press <kbd className="rounded border border-zinc-300 px-1 font-mono text-xs dark:border-zinc-700">/</kbd> to focus the search box.
      </p>
      <p className="mt-2">
        Try:{' '}
        {EXAMPLES[state.kind].map((q, i) => (
          <span key={q}>
            {i > 0 ? ', ' : null}
            <a className="font-mono text-sky-700 underline dark:text-sky-300" href={searchHref(state, { query: q })}>
              {q}
            </a>
          </span>
        ))}
      </p>
    </div>
  );
}
