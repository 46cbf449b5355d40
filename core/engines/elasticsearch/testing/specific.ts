/**
 * Test-only: Elasticsearch-specific behaviour on a real node (registered by engine.test.ts
 * beside the shared suite, so one node serves both): the atomic alias switch, no-op
 * republish, bulk item errors, a publish killed mid-load, abort, and an unreachable cluster.
 */
import { spawn } from 'node:child_process';
import { createServer, type Server, type Socket } from 'node:net';
import { fileURLToPath } from 'node:url';
import { Client } from '@elastic/elasticsearch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EngineUnavailableError, PublishError, UnknownChannelError } from '../../../search/errors';
import type { SearchRequest } from '../../../search/types';
import { BulkLoader } from '../bulk';
import { ElasticsearchEngine } from '../engine';
import { indexMapping } from '../mapping';
import { listIndices } from '../metadata';
import { aliasName } from '../names';
import { channelInput, optionDoc, packageDoc } from './fixtures';
import { dropPrefix, indicesOf, uniquePrefix } from './node';

/** Register the Elasticsearch-specific tests; `getUrl` gives the node (after beforeAll). */
export function registerElasticsearchTests(getUrl: () => string): void {
  const node = { get url() { return getUrl(); } };
  const prefixes: string[] = [];
  const engines: ElasticsearchEngine[] = [];

  function engineFor(name: string, extra: Partial<ConstructorParameters<typeof ElasticsearchEngine>[0]> = {}): { engine: ElasticsearchEngine; prefix: string } {
    const prefix = uniquePrefix(name);
    prefixes.push(prefix);
    const engine = new ElasticsearchEngine({ nodes: [node.url], indexPrefix: prefix, requestTimeoutMs: 30_000, ...extra });
    engines.push(engine);
    return { engine, prefix };
  }

  const search = (channel: string, query: string): SearchRequest<'package'> => ({
    channel,
    kind: 'package',
    query,
    filters: {},
    sort: 'relevance',
    from: 0,
    size: 20,
  });

  const firstRelease = () =>
    channelInput('chan', 'rev1', [packageDoc('ripgrep', 'fast grep', { mainProgram: 'rg', programs: ['rg'] }), packageDoc('grep')], [optionDoc('services.nginx.enable')]);
  const secondRelease = () =>
    channelInput(
      'chan',
      'rev2',
      [packageDoc('ripgrep', 'fast grep', { mainProgram: 'rg', programs: ['rg'] }), packageDoc('grep'), packageDoc('ugrep')],
      [optionDoc('services.nginx.enable'), optionDoc('services.nginx.package')],
    );

  afterAll(async () => {
    for (const e of engines) await e.close();
    for (const p of prefixes) await dropPrefix(node.url, p);
  });

  describe('publishing', () => {
    it('switches both aliases at once, deletes the old indices, and never leaves a gap for readers', async () => {
      const { engine, prefix } = engineFor('switch');
      await engine.publish(firstRelease());
      const before = await indicesOf(node.url, prefix);
      expect(before).toHaveLength(2);

      // Read continuously while the next release is built and switched in.
      let reading = true;
      const seen = new Set<number>();
      const errors: unknown[] = [];
      const reader = (async () => {
        while (reading) {
          try {
            seen.add((await engine.search(search('chan', 'grep'))).total);
          } catch (error) {
            errors.push(error);
          }
        }
      })();
      const result = await engine.publish(secondRelease());
      reading = false;
      await reader;

      expect(result).toMatchObject({ published: true, counts: { packages: 3, options: 2 } });
      expect(errors).toEqual([]);
      expect([...seen].every((t) => t === 2 || t === 3)).toBe(true);
      const after = await indicesOf(node.url, prefix);
      expect(after).toHaveLength(2);
      expect(after.some((i) => before.includes(i))).toBe(false);
      const client = new Client({ node: node.url });
      try {
        const live = await listIndices(client, `${aliasName(prefix, 'chan', 'package')},${aliasName(prefix, 'chan', 'option')}`);
        expect(live.map((i) => i.index).sort()).toEqual(after);
      } finally {
        await client.close();
      }
      const [channel] = await engine.listChannels();
      expect(channel).toMatchObject({ id: 'chan', revision: 'rev2', counts: { packages: 3, options: { nixos: 2 } } });
    });

    it('does nothing when the same content is already live, unless forced', async () => {
      const { engine, prefix } = engineFor('noop');
      await engine.publish(firstRelease());
      const live = await indicesOf(node.url, prefix);
      const again = await engine.publish(firstRelease());
      expect(again).toMatchObject({ published: false, counts: { packages: 2, options: 1 } });
      expect(await indicesOf(node.url, prefix)).toEqual(live);
      const forced = await engine.publish(firstRelease(), { force: true });
      expect(forced.published).toBe(true);
      const rebuilt = await indicesOf(node.url, prefix);
      expect(rebuilt).toHaveLength(2);
      expect(rebuilt.some((i) => live.includes(i))).toBe(false);
    });

    it('fails on a rejected bulk item and keeps the live channel', async () => {
      const { engine, prefix } = engineFor('reject');
      await engine.publish(firstRelease());
      const live = await indicesOf(node.url, prefix);
      // A name token over Lucene's 32766-byte term limit: that one item fails while the bulk request answers 200.
      const bad = channelInput('chan', 'rev-bad', [packageDoc('ok'), packageDoc('huge', 'x', { pname: 'p'.repeat(40_000) })], []);
      await expect(engine.publish(bad)).rejects.toThrow(/1 document\(s\) rejected by .*, e\.g\. huge: document_parsing_exception/);
      expect(await indicesOf(node.url, prefix)).toEqual(live);
      // An id over Elasticsearch's 512 bytes is refused before anything is sent.
      const longId = channelInput('chan', 'rev-long', [packageDoc(`x${'y'.repeat(600)}`)], []);
      await expect(engine.publish(longId)).rejects.toThrow(/longer than 512 bytes/);
      expect(await indicesOf(node.url, prefix)).toEqual(live);
      expect((await engine.search(search('chan', 'grep'))).total).toBe(2);
    });

    it('rejects duplicate documents and an incomplete manifest without touching the live channel', async () => {
      const { engine, prefix } = engineFor('dupes');
      await engine.publish(firstRelease());
      const live = await indicesOf(node.url, prefix);
      await expect(engine.publish(channelInput('chan', 'r', [packageDoc('a'), packageDoc('a')], []))).rejects.toThrow(PublishError);
      const short = channelInput('chan', 'r2', [packageDoc('a')], []);
      short.manifest.counts.packages = 5;
      await expect(engine.publish(short)).rejects.toThrow(/incomplete/);
      expect(await indicesOf(node.url, prefix)).toEqual(live);
    });

    it('reports bulk item errors with the document id (the bulk API answers 200)', async () => {
      const prefix = uniquePrefix('bulk');
      prefixes.push(prefix);
      const client = new Client({ node: node.url });
      try {
        const index = `${prefix}-v1-items`;
        await client.indices.create({ index, mappings: indexMapping(['license'], {}) });
        const loader = new BulkLoader(client, index, { chunkDocs: 10 });
        await loader.add('good', { sortKey: 'good', staticBoost: 1 });
        await loader.add('bad-boost', { sortKey: 'bad', staticBoost: 'not a number' });
        await expect(loader.finish()).rejects.toThrow(/bad-boost: document_parsing_exception|bad-boost: mapper_parsing_exception/);
      } finally {
        await client.close();
      }
    });

    it('a publish killed in the middle of a bulk load leaves the previous channel serving', async () => {
      const { engine, prefix } = engineFor('kill');
      await engine.publish(firstRelease());
      const live = await indicesOf(node.url, prefix);

      const child = spawn(
        process.execPath,
        ['--import', 'tsx', fileURLToPath(new URL('./publish-child.ts', import.meta.url)), node.url, prefix, 'chan', 'big', '40000'],
        { stdio: ['ignore', 'pipe', 'pipe'] },
      );
      let output = '';
      const loadedSome = new Promise<void>((resolve, reject) => {
        child.stdout.on('data', (chunk: Buffer) => {
          output += chunk.toString();
          const m = /loaded package (\d+)/.exec(output.split('\n').filter(Boolean).pop() ?? '');
          if (m && Number(m[1]) >= 2000) resolve();
        });
        child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
        child.once('exit', (code) => reject(new Error(`child exited (${code}) before it was killed:\n${output}`)));
      });
      await loadedSome;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGKILL');
      await exited;
      expect(output).not.toContain('done');

      // The half-built index exists beside the live ones, but readers still see the old channel.
      const during = await indicesOf(node.url, prefix);
      expect(during.length).toBe(4);
      const [channel] = await engine.listChannels();
      expect(channel).toMatchObject({ id: 'chan', revision: 'rev1', counts: { packages: 2, options: { nixos: 1 } } });
      const hits = await engine.search(search('chan', 'grep'));
      expect(hits.total).toBe(2);
      expect(hits.hits[0]!.doc.attrPath).toBe('grep');
      expect(await engine.getPackage('chan', 'gen000001')).toBeNull();

      // The next publish removes the leftover and switches normally.
      await engine.publish(secondRelease());
      const after = await indicesOf(node.url, prefix);
      expect(after).toHaveLength(2);
      expect(after.some((i) => during.includes(i))).toBe(false);
      expect(live.length).toBe(2);
    });

    it('an aborted publish leaves the previous channel serving and deletes its own indices', async () => {
      const { engine, prefix } = engineFor('abort');
      await engine.publish(firstRelease());
      const live = await indicesOf(node.url, prefix);
      const controller = new AbortController();
      const big = channelInput('chan', 'rev3', Array.from({ length: 5000 }, (_, i) => packageDoc(`p${i}`)), []);
      const pending = engine.publish(big, {
        signal: controller.signal,
        onProgress: ({ loaded }) => {
          if (loaded >= 1000) controller.abort();
        },
      });
      await expect(pending).rejects.toThrow(/aborted/);
      expect(await indicesOf(node.url, prefix)).toEqual(live);
    });
  });

  describe('reading', () => {
    it('typo expansion follows the alias to a new index at once', async () => {
      const { engine, prefix } = engineFor('vocab');
      await engine.publish(firstRelease());
      expect((await engine.search(search('chan', 'ugrpe'))).total).toBe(0);
      // Another engine instance (another process) publishes a release with "ugrep".
      const publisher = new ElasticsearchEngine({ nodes: [node.url], indexPrefix: prefix });
      engines.push(publisher);
      await publisher.publish(secondRelease());
      const hits = await engine.search(search('chan', 'ugrpe'));
      expect(hits.hits.map((h) => h.doc.attrPath)).toContain('ugrep');
    });

    it('unknown channels are UnknownChannelError for search and get', async () => {
      const { engine } = engineFor('unknown');
      await expect(engine.search(search('nope', 'x'))).rejects.toBeInstanceOf(UnknownChannelError);
      // A word long enough for typo expansion first reads the (missing) alias's vocabulary.
      await expect(engine.search(search('nope', 'ripgrep'))).rejects.toBeInstanceOf(UnknownChannelError);
      await expect(engine.getPackage('nope', 'x')).rejects.toBeInstanceOf(UnknownChannelError);
      await expect(engine.getOption('nope', 'nixos', 'x')).rejects.toBeInstanceOf(UnknownChannelError);
      expect(await engine.listChannels()).toEqual([]);
    });

    it('any query string returns results or nothing, never an engine error', async () => {
      const { engine } = engineFor('hostile');
      await engine.publish(firstRelease());
      const hostile = ['', ' ', '-', '*', '\\', '{}', '"', '"unclosed', 'a:b AND (c OR', '[1 TO 5]', "'; DROP TABLE x; --", 'x'.repeat(10_000), '💥 ünïcödé ﬁ', '/regex/', '~', 'foo^10', 'a\u0000b'];
      for (const q of hostile) {
        const r = await engine.search(search('chan', q));
        expect(r.total).toBeGreaterThanOrEqual(0);
      }
      expect(await engine.getPackage('chan', 'x'.repeat(10_000))).toBeNull();
    });
  });

  describe('an unreachable cluster', () => {
    let blackHole: Server;
    const sockets = new Set<Socket>();
    let blackHoleUrl = '';
    let closedUrl = '';

    beforeAll(async () => {
      // Accepts connections and never answers: a hung node.
      blackHole = createServer((s) => {
        sockets.add(s);
        s.on('error', () => {});
      });
      await new Promise<void>((r) => blackHole.listen(0, '127.0.0.1', r));
      const addr = blackHole.address();
      blackHoleUrl = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
      // A port nothing listens on: a stopped node.
      const probe = createServer();
      await new Promise<void>((r) => probe.listen(0, '127.0.0.1', r));
      const p = probe.address();
      closedUrl = `http://127.0.0.1:${typeof p === 'object' && p ? p.port : 0}`;
      await new Promise((r) => probe.close(r));
    });

    afterAll(async () => {
      for (const s of sockets) s.destroy();
      await new Promise((r) => blackHole.close(r));
    });

    it('a stopped node is EngineUnavailableError at once', async () => {
      const engine = new ElasticsearchEngine({ nodes: [closedUrl], indexPrefix: 'x', requestTimeoutMs: 1000 });
      engines.push(engine);
      const started = Date.now();
      await expect(engine.search(search('chan', 'grep'))).rejects.toBeInstanceOf(EngineUnavailableError);
      await expect(engine.getPackage('chan', 'grep')).rejects.toBeInstanceOf(EngineUnavailableError);
      await expect(engine.listChannels()).rejects.toBeInstanceOf(EngineUnavailableError);
      expect(Date.now() - started).toBeLessThan(3000);
      expect(await engine.health()).toMatchObject({ ok: false, engine: 'elasticsearch' });
      await expect(engine.publish(firstRelease())).rejects.toThrow(/unavailable/i);
    });

    it('a node that does not answer is EngineUnavailableError after the request timeout', async () => {
      const engine = new ElasticsearchEngine({ nodes: [blackHoleUrl], indexPrefix: 'x', requestTimeoutMs: 300, maxRetries: 0 });
      engines.push(engine);
      const started = Date.now();
      await expect(engine.search(search('chan', 'grep'))).rejects.toBeInstanceOf(EngineUnavailableError);
      expect(Date.now() - started).toBeLessThan(2000);
    });
  });
}
