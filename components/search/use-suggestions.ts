'use client';

import { useEffect, useState } from 'react';
import type { SearchKind } from '@/lib/search-state';

/** One typeahead suggestion (shape of GET /api/v1/suggest). */
export interface Suggestion {
  id: string;
  detail: string;
  url: string;
}

/** Wait this long after the last keystroke before asking for suggestions. */
const DELAY_MS = 120;

/**
 * Typeahead suggestions for what is typed, from the site's own JSON API (the browser never
 * talks to the engine). Debounced; a newer query aborts the older request.
 */
export function useSuggestions(kind: SearchKind, channel: string | undefined, set: string | undefined, query: string, enabled: boolean) {
  const [suggestions, setSuggestions] = useState<{ query: string; items: Suggestion[] }>({ query: '', items: [] });
  useEffect(() => {
    if (!enabled || !query.trim()) return;
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      const params = new URLSearchParams({ query, kind, size: '8' });
      if (channel) params.set('channel', channel);
      if (set) params.set('set', set);
      try {
        const res = await fetch(`/api/v1/suggest?${params}`, { signal: controller.signal });
        if (!res.ok) return;
        const body = (await res.json()) as { suggestions?: Suggestion[] };
        setSuggestions({ query, items: Array.isArray(body.suggestions) ? body.suggestions : [] });
      } catch {
        // Aborted or offline: keep the previous suggestions.
      }
    }, DELAY_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [kind, channel, set, query, enabled]);
  // The previous suggestions stay until the new ones arrive (no flicker while typing).
  return enabled && query.trim() ? suggestions.items : [];
}
