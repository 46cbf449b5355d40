/**
 * The Elasticsearch backend against a secured endpoint: TLS with the cluster's own CA and
 * API-key or basic-auth credentials, configured the way a deployment does it (environment →
 * core/config.ts → createEngine). The node is real; the TLS and credential check in front of
 * it is testing/secured-proxy.ts (the shipped distribution has no security module).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../../config';
import { EngineUnavailableError } from '../../search/errors';
import type { SearchEngine } from '../../search/engine';
import { createEngine } from '../index';
import { channelInput, packageDoc } from './testing/fixtures';
import { acquireTestNode, dropPrefix, uniquePrefix, type TestNode } from './testing/node';
import { startSecuredProxy, type SecuredProxy } from './testing/secured-proxy';

const credentials = { apiKey: 'dGVzdDpzZWNyZXQ=', username: 'nixsearch', password: 'p4ss word' };
let node: TestNode;
let proxy: SecuredProxy;
const prefix = uniquePrefix('secured');

beforeAll(async () => {
  node = await acquireTestNode();
  proxy = await startSecuredProxy(node.url, credentials);
}, 180_000);
afterAll(async () => {
  await proxy?.close();
  if (node) {
    await dropPrefix(node.url, prefix);
    await node.release();
  }
});

function engineFor(env: Record<string, string>): SearchEngine {
  return createEngine(
    readConfig({
      NIXSEARCH_ENGINE: 'elasticsearch',
      ELASTICSEARCH_NODES: proxy.url,
      ELASTICSEARCH_INDEX_PREFIX: prefix,
      ELASTICSEARCH_REQUEST_TIMEOUT_MS: '30000',
      NIXSEARCH_CHANNELS_FILE: '/nonexistent/channels.json',
      ...env,
    }),
  );
}

async function withEngine<T>(env: Record<string, string>, fn: (engine: SearchEngine) => Promise<T>): Promise<T> {
  const engine = engineFor(env);
  try {
    return await fn(engine);
  } finally {
    await engine.close();
  }
}

describe('elasticsearch behind TLS and authentication', () => {
  it('publishes and searches with an API key over TLS verified against the configured CA', async () => {
    const before = proxy.seen.length;
    await withEngine({ ELASTICSEARCH_API_KEY: credentials.apiKey, ELASTICSEARCH_CA_FILE: proxy.caFile }, async (engine) => {
      const result = await engine.publish(channelInput('secure', 'r1', [packageDoc('ripgrep', 'fast grep', { mainProgram: 'rg', programs: ['rg'] }), packageDoc('grep')], []));
      expect(result).toMatchObject({ published: true, counts: { packages: 2 } });
      const res = await engine.search({ channel: 'secure', kind: 'package', query: 'rg', filters: {}, sort: 'relevance', from: 0, size: 5 });
      expect(res.hits[0]?.doc.attrPath).toBe('ripgrep');
    });
    const sent = proxy.seen.slice(before);
    expect(sent.length).toBeGreaterThan(3);
    expect(new Set(sent)).toEqual(new Set([`ApiKey ${credentials.apiKey}`]));
  });

  it('searches with basic auth', async () => {
    const channels = await withEngine(
      { ELASTICSEARCH_USERNAME: credentials.username, ELASTICSEARCH_PASSWORD: credentials.password, ELASTICSEARCH_CA_FILE: proxy.caFile },
      (engine) => engine.listChannels(),
    );
    expect(channels.map((c) => c.id)).toContain('secure');
  });

  it('wrong credentials are an unavailable engine (a 503 for the site) that says why', async () => {
    const error = await withEngine({ ELASTICSEARCH_API_KEY: 'd3Jvbmc6a2V5', ELASTICSEARCH_CA_FILE: proxy.caFile }, (engine) => engine.listChannels()).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(EngineUnavailableError);
    expect((error as Error).message).toMatch(/401 security_exception/);
  });

  it('a certificate the configured CA did not sign is refused', async () => {
    const error = await withEngine({ ELASTICSEARCH_API_KEY: credentials.apiKey }, (engine) => engine.listChannels()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EngineUnavailableError);
    expect((error as Error).message).toMatch(/certificate/i);
  });

  it('a CA file that cannot be read is a clear error', () => {
    expect(() => engineFor({ ELASTICSEARCH_API_KEY: credentials.apiKey, ELASTICSEARCH_CA_FILE: '/nonexistent/ca.pem' })).toThrow(
      /Cannot read the Elasticsearch CA file \/nonexistent\/ca\.pem/,
    );
  });
});
