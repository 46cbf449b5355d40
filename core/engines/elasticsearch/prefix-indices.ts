/**
 * Every index under one name prefix, and removing them: what a scratch prefix (a test, the
 * publish benchmark) leaves behind. Deletes go by name because clusters may refuse wildcard
 * deletes (`action.destructive_requires_name`).
 */
import type { Client } from '@elastic/elasticsearch';

/** Names of every index of a prefix, sorted. */
export async function indicesWithPrefix(client: Client, prefix: string): Promise<string[]> {
  const rows = await client.cat.indices({ index: `${prefix}-*`, format: 'json', h: 'index', expand_wildcards: 'all' });
  return rows.map((r) => String(r.index)).sort();
}

/** Delete every index of a prefix. */
export async function deleteIndicesWithPrefix(client: Client, prefix: string): Promise<void> {
  const names = await indicesWithPrefix(client, prefix);
  if (names.length > 0) await client.indices.delete({ index: names, ignore_unavailable: true });
}
