/**
 * The one shared backend suite (Gitea-style): every backend's test file builds its engine and
 * calls runBackendSuite; the cases (cases.ts) and fixtures (fixtures.ts) are the same for all.
 * It checks search semantics (ids, order, totals, facets), hostile query strings, document
 * round-trips, typed errors, and publish semantics: build beside the live index, switch,
 * same content = no-op unless forced, a failed or aborted publish leaves the previous live.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docId, type DocKind } from '@/core/documents/types';
import type { SearchEngine } from '@/core/search/engine';
import { InvalidRequestError, PublishError, UnknownChannelError } from '@/core/search/errors';
import { SEARCH_LIMITS, type SearchRequest, type SearchResponse } from '@/core/search/types';
import { HOSTILE_QUERIES, SEARCH_CASES, type SearchCase } from './cases';
import { OPTIONS, PACKAGES, fixtureInput, pkg } from './fixtures';

/** A backend instance under test. */
export interface BackendUnderTest {
  engine: SearchEngine;
  /** Remove everything the backend created (indices, files). */
  cleanup(): Promise<void>;
}

/** How the suite treats a backend. */
export interface SuiteOptions {
  /** The engine becomes consistent some time after a write: assertions are retried. */
  asynchronous?: boolean;
  /** Longest wait for an asynchronous engine (ms). */
  settleMs?: number;
}

const CHANNEL = 'suite-main';

function request<K extends DocKind>(kind: K, query: string, extra: Partial<SearchRequest<K>> = {}): SearchRequest<K> {
  return { channel: CHANNEL, kind, query, filters: {}, sort: 'relevance', from: 0, size: SEARCH_LIMITS.maxPageSize, ...extra };
}

function ids(res: SearchResponse): string[] {
  return res.hits.map((h) => docId(h.doc));
}

/** Register the suite for one backend. */
export function runBackendSuite(name: string, create: () => Promise<BackendUnderTest>, options: SuiteOptions = {}): void {
  const settle = async (check: () => Promise<void>) => {
    const deadline = Date.now() + (options.asynchronous ? (options.settleMs ?? 10_000) : 0);
    for (;;) {
      try {
        return await check();
      } catch (error) {
        if (Date.now() >= deadline) throw error;
        await new Promise((r) => setTimeout(r, 200));
      }
    }
  };

  describe(`search backend: ${name}`, () => {
    let backend: BackendUnderTest;
    let engine: SearchEngine;

    beforeAll(async () => {
      backend = await create();
      engine = backend.engine;
      const res = await engine.publish(fixtureInput(CHANNEL, 'rev-1'), { force: true });
      expect(res.published).toBe(true);
      expect(res.counts).toEqual({ packages: PACKAGES.length, options: OPTIONS.length });
    });

    afterAll(async () => {
      await backend?.engine.close();
      await backend?.cleanup();
    });

    describe('search cases', () => {
      it.each(SEARCH_CASES.map((c) => [c.name, c] as [string, SearchCase]))('%s', async (_, c) => {
        await settle(async () => {
          const res = await engine.search(
            request(c.kind, c.query, { filters: c.filters ?? {}, sort: c.sort ?? 'relevance', from: c.from ?? 0, size: c.size ?? SEARCH_LIMITS.maxPageSize }),
          );
          const got = ids(res);
          if (c.first) expect(got.slice(0, c.first.length)).toEqual(c.first);
          if (c.total !== undefined) expect(res.total).toBe(c.total);
          if (c.includes || c.excludes) {
            const all = c.from || c.size ? ids(await engine.search(request(c.kind, c.query, { filters: c.filters ?? {} }))) : got;
            for (const id of c.includes ?? []) expect(all).toContain(id);
            for (const id of c.excludes ?? []) expect(all).not.toContain(id);
          }
          for (const [facet, want] of Object.entries(c.facets ?? {})) {
            const buckets = new Map((res.facets[facet as keyof typeof res.facets] ?? []).map((b) => [b.value, b.count]));
            for (const [value, count] of Object.entries(want)) expect([facet, value, buckets.get(value) ?? 0]).toEqual([facet, value, count]);
          }
          expect(res.hits.length).toBe(Math.max(0, Math.min(c.size ?? SEARCH_LIMITS.maxPageSize, res.total - (c.from ?? 0))));
        });
      });
    });

    it('relevance order is by score, name order has score 0', async () => {
      const rel = await engine.search(request('package', 'firefox'));
      const scores = rel.hits.map((h) => h.score);
      expect([...scores].sort((a, b) => b - a)).toEqual(scores);
      const byName = await engine.search(request('package', 'firefox', { sort: 'name' }));
      expect(byName.hits.every((h) => h.score === 0)).toBe(true);
      expect(byName.total).toBe(rel.total);
    });

    it('typo expansion of one kind of document does not leak into the other', async () => {
      expect((await engine.search(request('package', 'firewsll'))).total).toBe(0);
      const options = ids(await engine.search(request('option', 'firewsll')));
      expect(options).toContain('networking.firewall.enable');
    });

    it('browsing by name does not change the order of browsing by relevance', async () => {
      const before = ids(await engine.search(request('package', '', { size: 100 })));
      await engine.search(request('package', '', { sort: 'name', size: 100 }));
      expect(ids(await engine.search(request('package', '', { size: 100 })))).toEqual(before);
    });

    it('pages are consistent with the full ranking', async () => {
      const all = ids(await engine.search(request('package', '', { size: 100 })));
      const paged: string[] = [];
      for (let from = 0; from < all.length; from += 5) paged.push(...ids(await engine.search(request('package', '', { from, size: 5 }))));
      expect(paged).toEqual(all);
      expect(all.length).toBe(PACKAGES.length);
    });

    it.each(HOSTILE_QUERIES.map((q) => [JSON.stringify(q).slice(0, 40), q]))('hostile query %s returns results or nothing', async (_, q) => {
      for (const kind of ['package', 'option'] as const) {
        const res = await engine.search(request(kind, q));
        expect(res.total).toBeGreaterThanOrEqual(0);
        expect(res.hits.length).toBeLessThanOrEqual(res.total);
      }
    });

    it('documents round-trip exactly', async () => {
      for (const p of PACKAGES) expect(await engine.getPackage(CHANNEL, p.attrPath)).toEqual(p);
      for (const o of OPTIONS) expect(await engine.getOption(CHANNEL, o.optionSet, o.name)).toEqual(o);
      expect(await engine.getPackage(CHANNEL, 'no-such-package')).toBeNull();
      expect(await engine.getOption(CHANNEL, 'nixos', 'programs.tmux.enable')).toBeNull();
      const hit = (await engine.search(request('package', 'unicode-tool'))).hits[0];
      expect(hit?.doc).toEqual(PACKAGES.find((p) => p.attrPath === 'unicode-tool'));
    });

    it('lists the channel with revision and counts', async () => {
      const ch = (await engine.listChannels()).find((c) => c.id === CHANNEL);
      expect(ch).toMatchObject({ id: CHANNEL, revision: 'rev-1', counts: { packages: PACKAGES.length, options: { nixos: 10, 'home-manager': 2 } } });
      expect((await engine.health()).ok).toBe(true);
    });

    it('typed errors: unknown channel, invalid request', async () => {
      await expect(engine.search({ ...request('package', 'x'), channel: 'no-such-channel' })).rejects.toBeInstanceOf(UnknownChannelError);
      await expect(engine.getPackage('no-such-channel', 'x')).rejects.toBeInstanceOf(UnknownChannelError);
      await expect(engine.search(request('package', 'x', { size: 0 }))).rejects.toBeInstanceOf(InvalidRequestError);
      await expect(engine.search(request('package', 'x', { from: SEARCH_LIMITS.maxWindow }))).rejects.toBeInstanceOf(InvalidRequestError);
      await expect(engine.search(request('package', 'x', { filters: { optionSet: ['nixos'] } }))).rejects.toBeInstanceOf(InvalidRequestError);
    });

    describe('publishing', () => {
      const PUB = 'suite-publish';
      const count = async () => (await engine.search({ ...request('package', ''), channel: PUB })).total;
      const revision = async () => (await engine.listChannels()).find((c) => c.id === PUB)?.revision;

      it('publishes, skips the same content, republishes when forced', async () => {
        const first = await engine.publish(fixtureInput(PUB, 'r1'));
        expect(first.published).toBe(true);
        await settle(async () => expect(await count()).toBe(PACKAGES.length));
        expect((await engine.publish(fixtureInput(PUB, 'r1'))).published).toBe(false);
        expect((await engine.publish(fixtureInput(PUB, 'r1'), { force: true })).published).toBe(true);
        await settle(async () => expect(await count()).toBe(PACKAGES.length));
      });

      it('switches to a new revision: new documents live, old ones gone', async () => {
        const more = [...PACKAGES.filter((p) => p.attrPath !== 'tmux'), pkg('zellij', { description: 'Terminal workspace with batteries included' })];
        const progress: number[] = [];
        const res = await engine.publish(fixtureInput(PUB, 'r2', more), { onProgress: (e) => progress.push(e.loaded) });
        expect(res).toMatchObject({ published: true, counts: { packages: more.length } });
        expect(progress.length).toBeGreaterThan(0);
        await settle(async () => {
          expect(await revision()).toBe('r2');
          expect(ids(await engine.search({ ...request('package', 'zellij'), channel: PUB }))).toContain('zellij');
          expect(await engine.getPackage(PUB, 'tmux')).toBeNull();
        });
      });

      it('a failed publish leaves the previous revision live', async () => {
        const before = await count();
        await expect(engine.publish(fixtureInput(PUB, 'r3', PACKAGES, OPTIONS, { failAfter: 5 }))).rejects.toBeInstanceOf(PublishError);
        expect(await revision()).toBe('r2');
        expect(await count()).toBe(before);
        expect(await engine.getPackage(PUB, 'zellij')).not.toBeNull();
      });

      it('an aborted publish leaves the previous revision live', async () => {
        const controller = new AbortController();
        const input = fixtureInput(PUB, 'r4');
        const packages = input.packages;
        input.packages = async function* () {
          let i = 0;
          for await (const p of packages()) {
            if (++i === 3) controller.abort(new Error('stop (test)'));
            yield p;
          }
        };
        await expect(engine.publish(input, { signal: controller.signal })).rejects.toBeInstanceOf(PublishError);
        expect(await revision()).toBe('r2');
        expect(await engine.getPackage(PUB, 'zellij')).not.toBeNull();
      });

      it('metadata that disagrees with its manifest is refused', async () => {
        const input = fixtureInput(PUB, 'r5');
        input.manifest = { ...input.manifest, counts: { ...input.manifest.counts, packages: PACKAGES.length + 5 } };
        await expect(engine.publish(input)).rejects.toBeInstanceOf(PublishError);
        expect(await revision()).toBe('r2');
      });

      it('other channels are untouched by a publish', async () => {
        expect((await engine.search(request('package', ''))).total).toBe(PACKAGES.length);
      });
    });
  });
}
