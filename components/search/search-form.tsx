'use client';

import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useEffect, useId, useRef, useState, useTransition } from 'react';
import { SEARCH_LIMITS } from '@/core/search/types';
import { parseSearchState, searchHref, serialiseSearchState, type SearchKind } from '@/lib/search-state';
import { SuggestionList } from './suggestion-list';
import { useSuggestions } from './use-suggestions';

/** Results follow the text this long after the last keystroke. */
const LIVE_DELAY_MS = 250;

/** A channel for the switcher. */
export interface ChannelChoice {
  id: string;
  label: string;
}

/**
 * The search box: a plain GET form (works with JavaScript off: the submit button and the
 * channel select send it), enhanced with results as you type, typeahead and an instant
 * channel switch — all through router.replace, so the page never reloads.
 */
export function SearchForm({ kind, channels }: { kind: SearchKind; channels: ChannelChoice[] }) {
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const state = parseSearchState(kind, new URLSearchParams(params.toString()));
  const channel = state.channel ?? channels[0]?.id;
  const [text, setText] = useState(state.query);
  const [urlQuery, setUrlQuery] = useState(state.query);
  const [focused, setFocused] = useState(false);
  const [active, setActive] = useState(-1);
  const [open, setOpen] = useState(false);
  const [pending, startTransition] = useTransition();
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const listId = useId();
  // Back/forward or a link changed the query: show it, unless the user is typing.
  if (urlQuery !== state.query) {
    setUrlQuery(state.query);
    if (!focused) setText(state.query);
  }
  const suggestions = useSuggestions(kind, channel, state.set, text, focused && open);
  useEffect(() => () => clearTimeout(timer.current), []);
  // While new results load, the old ones stay, dimmed (see globals.css): no skeleton flash
  // on every keystroke, and the first response is never streamed (it works without JS).
  useEffect(() => {
    document.documentElement.toggleAttribute('data-pending', pending);
  }, [pending]);

  const go = (query: string, channelId = state.channel) => {
    clearTimeout(timer.current);
    const href = searchHref(state, { query, channel: channelId });
    if (href === `${pathname}${params.size ? `?${params}` : ''}`) return;
    startTransition(() => router.replace(href, { scroll: false }));
  };
  const onText = (value: string) => {
    setText(value);
    setOpen(true);
    setActive(-1);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => go(value), LIVE_DELAY_MS);
  };
  // Opening a suggestion cancels the pending live search: fired after the push, its
  // router.replace would win and leave the user on the results instead.
  const pick = () => {
    clearTimeout(timer.current);
    setOpen(false);
  };
  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    const n = suggestions.length;
    if (e.key === 'Escape') setOpen(false);
    else if (n > 0 && open && (e.key === 'ArrowDown' || e.key === 'ArrowUp')) {
      e.preventDefault();
      setActive((i) => (e.key === 'ArrowDown' ? (i + 1) % n : (i - 1 + n) % n));
    } else if (e.key === 'Enter' && open && active >= 0 && suggestions[active]) {
      e.preventDefault();
      pick();
      router.push(suggestions[active].url);
    }
  };
  const expanded = focused && open && suggestions.length > 0;
  const hidden = [...serialiseSearchState({ ...state, query: '', channel: undefined, page: 1 })];

  return (
    <form
      role="search"
      action={`/${kind}`}
      method="get"
      onSubmit={(e) => {
        e.preventDefault();
        setOpen(false);
        go(text);
      }}
      className="flex flex-col gap-2 sm:flex-row sm:items-center"
    >
      <label className={`flex items-center gap-2 text-sm ${channels.length === 0 ? 'hidden' : ''}`}>
        <span className="text-zinc-600 dark:text-zinc-400">Channel</span>
        <select
          name="channel"
          value={channel}
          onChange={(e) => go(text, e.target.value)}
          className="rounded border border-zinc-300 bg-white px-2 py-1.5 text-sm focus-visible:outline-2 focus-visible:outline-sky-600 dark:border-zinc-700 dark:bg-zinc-900"
        >
          {channels.map((c) => (
            <option key={c.id} value={c.id}>
              {c.label}
            </option>
          ))}
        </select>
      </label>
      <div className="relative flex-1">
        <input
          id="search-input"
          name="query"
          type="search"
          value={text}
          onChange={(e) => onText(e.target.value)}
          onKeyDown={onKeyDown}
          onFocus={() => setFocused(true)}
          onBlur={() => setFocused(false)}
          role="combobox"
          aria-label={kind === 'packages' ? 'Search packages' : 'Search options'}
          aria-expanded={expanded}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={expanded && active >= 0 ? `${listId}-${active}` : undefined}
          autoComplete="off"
          spellCheck={false}
          maxLength={SEARCH_LIMITS.maxQueryLength}
          placeholder={kind === 'packages' ? 'Search packages, e.g. ripgrep   ( / )' : 'Search options, e.g. nginx   ( / )'}
          className="w-full rounded border border-zinc-300 bg-white px-3 py-2 text-base shadow-sm focus-visible:outline-2 focus-visible:outline-sky-600 dark:border-zinc-700 dark:bg-zinc-900"
        />
        <SuggestionList id={listId} items={expanded ? suggestions : []} active={active} onPick={pick} />
      </div>
      {hidden.map(([k, v], i) => (
        <input key={`${k}-${i}`} type="hidden" name={k} value={v} />
      ))}
      <button
        type="submit"
        className="rounded bg-sky-700 px-4 py-2 text-sm font-medium text-white hover:bg-sky-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600"
      >
        Search
      </button>
      <span aria-live="polite" className="sr-only">
        {pending ? 'Loading results' : ''}
      </span>
    </form>
  );
}
