/**
 * Test-only: the Elasticsearch backend against the SQLite backend on the shared fixtures. Both
 * execute the same plans, so for every query the result sets, totals and facet counts must be
 * equal and the scores equal up to Lucene's one-byte field-length norms (text scores only);
 * the order may differ only between hits whose scores are that close.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docId, type DocKind } from '../../../documents/types';
import type { SearchEngine } from '../../../search/engine';
import type { Filters, SearchResponse } from '../../../search/types';
import { SqliteEngine } from '../../sqlite/engine';
import { HOSTILE_QUERIES, SEARCH_CASES } from '../../testing/cases';
import { fixtureInput } from '../../testing/fixtures';
import { ElasticsearchEngine } from '../engine';
import { dropPrefix, uniquePrefix } from './node';

const CHANNEL = 'parity';
/** Relative score difference allowed: Lucene stores field lengths in one byte. */
const TOLERANCE = 0.02;

const EXTRA: Array<[DocKind, string, Filters?]> = [
  ['package', 'grep fast'],
  ['package', 'rip grep search tool'],
  ['package', 'python requests http'],
  ['package', 'postgres'],
  ['package', 'fireofx'],
  ['package', 'database server -mysql'],
  ['package', '"terminal multiplexer"'],
  ['package', 'virtual private network'],
  ['package', 'mesh vpn wireguard'],
  ['option', 'nginx virtual hosts'],
  ['option', 'services.nginx.virtualHosts.<name>.root'],
  ['option', 'prometheus exporter nginx'],
  ['option', 'tmux', {}],
  ['option', 'firewal ports'],
];

/** Register the parity tests; `getUrl` gives the Elasticsearch node. */
export function registerParityTests(getUrl: () => string): void {
  describe('parity with the SQLite engine', () => {
    let es: ElasticsearchEngine;
    let sqlite: SearchEngine;
    let prefix = '';
    let dir = '';

    beforeAll(async () => {
      prefix = uniquePrefix('parity');
      dir = mkdtempSync(join(tmpdir(), 'nixsearch-parity-'));
      es = new ElasticsearchEngine({ nodes: [getUrl()], indexPrefix: prefix, requestTimeoutMs: 30_000 });
      sqlite = new SqliteEngine({ dir });
      await es.publish(fixtureInput(CHANNEL, 'p1'));
      await sqlite.publish(fixtureInput(CHANNEL, 'p1'));
    });

    afterAll(async () => {
      await es?.close();
      await sqlite?.close();
      if (dir) rmSync(dir, { recursive: true, force: true });
      if (prefix) await dropPrefix(getUrl(), prefix);
    });

    const queries: Array<[DocKind, string, Filters]> = [
      ...SEARCH_CASES.map((c): [DocKind, string, Filters] => [c.kind, c.query, c.filters ?? {}]),
      ...EXTRA.map(([k, q, f]): [DocKind, string, Filters] => [k, q, f ?? (k === 'option' ? { optionSet: ['nixos'] } : {})]),
      ...HOSTILE_QUERIES.slice(0, 20).map((q): [DocKind, string, Filters] => ['package', q, {}]),
    ];

    it.each(queries.map(([k, q, f]) => [`${k} ${JSON.stringify(q).slice(0, 50)}`, k, q, f] as const))('%s', async (_, kind, query, filters) => {
      const request = { channel: CHANNEL, kind, query, filters, sort: 'relevance' as const, from: 0, size: 100 };
      const [a, b] = (await Promise.all([es.search(request), sqlite.search(request)])) as [SearchResponse, SearchResponse];
      expect(a.total).toBe(b.total);
      expect(a.facets).toEqual(b.facets);
      const scores = (r: SearchResponse) => new Map(r.hits.map((h) => [docId(h.doc), h.score]));
      const sa = scores(a);
      const sb = scores(b);
      expect([...sa.keys()].sort()).toEqual([...sb.keys()].sort());
      for (const [id, s] of sb) expect(Math.abs(sa.get(id)! - s), `score of ${id}`).toBeLessThanOrEqual(TOLERANCE * Math.max(1, Math.abs(s)));
      // Same order, except between hits whose SQLite scores are within the tolerance.
      const orderA = a.hits.map((h) => docId(h.doc));
      b.hits.forEach((h, i) => {
        const j = orderA.indexOf(docId(h.doc));
        if (j === i) return;
        const other = b.hits[j]!;
        expect(Math.abs(other.score - h.score), `${docId(h.doc)} at ${j} instead of ${i}`).toBeLessThanOrEqual(TOLERANCE * Math.max(1, Math.abs(h.score)));
      });
    });
  });
}
