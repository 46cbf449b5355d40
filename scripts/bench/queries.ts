/**
 * The graded query sets of ../shared/bench/<channel>/ (format: ../shared/bench/README.md),
 * read the same way by every benchmark: relevance, latency and the site load test.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import type { DocKind } from '@/core/documents/types';

const querySchema = z.object({
  id: z.string(),
  q: z.string(),
  category: z.string().default('other'),
  relevant: z.array(z.array(z.string())),
  exhaustive: z.boolean().optional(),
});
/** One graded query. */
export type BenchQuery = z.infer<typeof querySchema>;

/** The query file of each kind in a channel's directory. */
export const QUERY_FILES: Record<DocKind, string> = { package: 'queries-packages.json', option: 'queries-options.json' };

/** Default directory of the graded sets (run from the repository root). */
export const DEFAULT_BENCH_DIR = resolve(process.cwd(), '../shared/bench');

/** A channel's query files that exist, packages first. */
export function channelQueryFiles(benchDir: string, channel: string): Array<{ kind: DocKind; file: string }> {
  return (['package', 'option'] as const).map((kind) => ({ kind, file: resolve(benchDir, channel, QUERY_FILES[kind]) })).filter((f) => existsSync(f.file));
}

/** Read and validate one query file. */
export function readQueries(file: string): BenchQuery[] {
  return z.array(querySchema).parse(JSON.parse(readFileSync(file, 'utf8')));
}
