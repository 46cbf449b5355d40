import { describe, expect, it } from 'vitest';
import { OPTION_SETS } from '@/core/documents/types';
import { PACKAGE_FACETS, SEARCH_LIMITS } from '@/core/search/types';
import {
  MAX_PAGE,
  parseSearchState,
  patchState,
  searchHref,
  serialiseSearchState,
  toggleFilter,
  type SearchKind,
  type SearchState,
} from './search-state';

/** Small deterministic PRNG so a failure can be replayed. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const SAMPLES = ['', 'ripgrep', 'a b', 'python3 -test', 'é ü 中文 🎉', '<script>', 'a&b=c', '%20+', '"quoted"', 'x'.repeat(50)];

function randomState(r: () => number): SearchState {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const kind: SearchKind = r() < 0.5 ? 'packages' : 'options';
  const filters: SearchState['filters'] = {};
  if (kind === 'packages') {
    for (const f of PACKAGE_FACETS) {
      if (r() < 0.4) filters[f] = [...new Set([pick(SAMPLES.slice(1)), pick(SAMPLES.slice(1))])].sort();
    }
  }
  return {
    kind,
    channel: r() < 0.5 ? undefined : pick(['nixos-24.11', 'nixos-20.09', 'x_1']),
    query: pick(SAMPLES),
    filters,
    set: kind === 'options' && r() < 0.5 ? pick(OPTION_SETS) : undefined,
    sort: r() < 0.5 ? 'relevance' : 'name',
    page: r() < 0.5 ? 1 : 1 + Math.floor(r() * MAX_PAGE),
  };
}

describe('search state', () => {
  it('round-trips every normalised state through the URL', () => {
    const r = rng(42);
    for (let i = 0; i < 2000; i++) {
      const state = randomState(r);
      const qs = serialiseSearchState(state).toString();
      expect(parseSearchState(state.kind, new URLSearchParams(qs))).toEqual(state);
      // Next.js hands pages a plain object with arrays for repeated keys.
      const record: Record<string, string | string[]> = {};
      for (const [k, v] of new URLSearchParams(qs)) {
        const prev = record[k];
        record[k] = prev === undefined ? v : Array.isArray(prev) ? [...prev, v] : [prev, v];
      }
      expect(parseSearchState(state.kind, record)).toEqual(state);
    }
  });

  it('leaves defaults out of the URL', () => {
    const state = parseSearchState('packages', {});
    expect(serialiseSearchState(state).toString()).toBe('');
    expect(searchHref(state)).toBe('/packages');
  });

  it('turns hostile or malformed input into a valid state', () => {
    const state = parseSearchState('packages', {
      channel: ['../../etc/passwd', 'nixos-24.11'],
      query: 'q'.repeat(10_000),
      page: '-3',
      sort: ['name', 'relevance'],
      license: ['', 'mit', 'mit', ' gpl3 '],
      set: 'home-manager',
    });
    expect(state.channel).toBeUndefined();
    expect(state.query).toHaveLength(SEARCH_LIMITS.maxQueryLength);
    expect(state.page).toBe(1);
    expect(state.sort).toBe('name');
    expect(state.filters).toEqual({ license: ['gpl3', 'mit'] });
    expect(state.set).toBeUndefined();
    expect(parseSearchState('packages', { page: '99999999' }).page).toBe(1);
    expect(parseSearchState('packages', { page: '999999' }).page).toBe(MAX_PAGE);
    expect(parseSearchState('packages', { page: '1e3' }).page).toBe(1);
    expect(parseSearchState('options', { set: 'home-manager' }).set).toBe('home-manager');
    expect(parseSearchState('options', { set: 'bogus' }).set).toBeUndefined();
    expect(parseSearchState('packages', { query: 'a\u0000b\nc' }).query).toBe('a b c');
  });

  it('does not split a query in the middle of a surrogate pair when cutting', () => {
    const state = parseSearchState('packages', { query: '🎉'.repeat(300) });
    expect(Array.from(state.query)).toHaveLength(SEARCH_LIMITS.maxQueryLength);
    expect(state.query).not.toMatch(/[\ud800-\udbff]$/);
  });

  it('goes back to page 1 on any change but the page, and keeps the rest', () => {
    const state = parseSearchState('packages', { query: 'rg', page: '3', channel: 'nixos-20.09', license: 'mit' });
    expect(patchState(state, { sort: 'name' })).toMatchObject({ page: 1, query: 'rg', channel: 'nixos-20.09' });
    expect(patchState(state, { page: 4 }).page).toBe(4);
    expect(searchHref(state, { channel: 'nixos-24.11' })).toBe('/packages?channel=nixos-24.11&query=rg&license=mit');
    expect(searchHref(state, { kind: 'options' })).toBe('/options?channel=nixos-20.09&query=rg');
  });

  it('toggles facet values on and off', () => {
    const state = parseSearchState('packages', { license: 'mit' });
    expect(toggleFilter(state, 'license', 'asl20')).toEqual({ filters: { license: ['asl20', 'mit'] } });
    expect(toggleFilter(state, 'license', 'mit')).toEqual({ filters: {} });
  });
});
