/**
 * Test-only: the Elasticsearch node a test file runs against. ELASTICSEARCH_NODES (set by
 * `npm test` through `scripts/elasticsearch.ts run`) shares one node across the whole run;
 * without it, a throwaway node is started (tens of seconds). If neither works the caller's
 * beforeAll throws, so the tests fail; they never skip.
 */
import { Client } from '@elastic/elasticsearch';
import { deleteIndicesWithPrefix, indicesWithPrefix } from '../prefix-indices';
import { startElasticsearch, type RunningElasticsearch } from '../../../../scripts/elasticsearch/index';

/** A node for tests, and how to let go of it. */
export interface TestNode {
  url: string;
  /** Stops the node if this file started it. */
  release(): Promise<void>;
}

/** Use ELASTICSEARCH_NODES when set (checked reachable), else start a node. */
export async function acquireTestNode(): Promise<TestNode> {
  const shared = process.env.ELASTICSEARCH_NODES?.split(',')[0]?.trim();
  if (shared) {
    const response = await fetch(`${shared}/_cluster/health?wait_for_status=yellow&timeout=30s`, { signal: AbortSignal.timeout(35_000) }).catch(
      (error: unknown) => {
        throw new Error(`ELASTICSEARCH_NODES=${shared} is not reachable: ${(error as Error).message}`);
      },
    );
    if (!response.ok) throw new Error(`ELASTICSEARCH_NODES=${shared} answered ${response.status} to a health check`);
    return { url: shared, release: async () => {} };
  }
  const node: RunningElasticsearch = await startElasticsearch({ log: (line) => console.log(`[es] ${line}`) });
  return { url: node.url, release: () => node.stop() };
}

/** A prefix of index names no other test uses. */
export function uniquePrefix(name: string): string {
  return `t${name}-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
}

/** Delete every index of a prefix (test cleanup). */
export async function dropPrefix(url: string, prefix: string): Promise<void> {
  await withClient(url, (client) => deleteIndicesWithPrefix(client, prefix));
}

/** Names of every index of a prefix. */
export async function indicesOf(url: string, prefix: string): Promise<string[]> {
  return withClient(url, (client) => indicesWithPrefix(client, prefix));
}

async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ node: url });
  try {
    return await work(client);
  } finally {
    await client.close();
  }
}
