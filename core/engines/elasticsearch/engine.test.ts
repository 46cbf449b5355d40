/**
 * The Elasticsearch backend on a real node: the shared backend suite, unchanged, then the
 * Elasticsearch-specific tests and the parity check against the SQLite engine. One node
 * serves the file: ELASTICSEARCH_NODES when set (as `npm test` does), else a throwaway node. It is acquired while the file loads, so when no
 * node can be had the file fails (counted as a failure), it never skips.
 */
import { afterAll } from 'vitest';
import { runBackendSuite } from '../testing/suite';
import { ElasticsearchEngine } from './engine';
import { registerParityTests } from './testing/parity';
import { registerElasticsearchTests } from './testing/specific';
import { acquireTestNode, dropPrefix, uniquePrefix } from './testing/node';

const node = await acquireTestNode();
afterAll(() => node.release());

runBackendSuite('elasticsearch', async () => {
  const prefix = uniquePrefix('suite');
  return {
    engine: new ElasticsearchEngine({ nodes: [node.url], indexPrefix: prefix, requestTimeoutMs: 30_000 }),
    cleanup: () => dropPrefix(node.url, prefix),
  };
});

registerElasticsearchTests(() => node.url);
registerParityTests(() => node.url);
