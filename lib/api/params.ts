/**
 * Validation of the JSON API's query parameters (zod). Every endpoint parses its
 * URLSearchParams here; a problem becomes an ApiParamError whose message names the
 * parameter, which the API turns into a 400. Unknown parameters are rejected so that a
 * typo (`qeury=`) is reported instead of silently ignored.
 */
import { z } from 'zod';
import { OPTION_SETS } from '@/core/documents/types';
import { PACKAGE_FACETS, SEARCH_LIMITS } from '@/core/search/types';
import { MAX_FILTER_LENGTH, MAX_FILTER_VALUES } from '@/lib/search-state';

/** A bad request parameter (→ 400). */
export class ApiParamError extends Error {
  override name = 'ApiParamError';
}

/** Longest `query` the API accepts (engines use the first SEARCH_LIMITS.maxQueryLength characters). */
export const MAX_API_QUERY = 1000;

/** A single-valued parameter (repeats are rejected before zod sees them, in toRecord). */
const scalar = <T>(schema: z.ZodType<T, string>) =>
  z.string({ error: (issue) => (issue.input === undefined ? 'is required' : 'give one value') }).pipe(schema);

const positiveInt = (max: number) =>
  z
    .string()
    .regex(/^\d{1,9}$/, 'must be a positive whole number')
    .transform(Number)
    .pipe(z.number().int().min(1, 'must be at least 1').max(max, `must be at most ${max}`));

/** Values of a repeatable filter (facet values as the API returns them, e.g. `(top-level)`). */
const filterValues = z
  .array(z.string().min(1, 'must not be empty').max(MAX_FILTER_LENGTH, `at most ${MAX_FILTER_LENGTH} characters`))
  .max(MAX_FILTER_VALUES, `at most ${MAX_FILTER_VALUES} values`);

const common = {
  query: scalar(z.string().max(MAX_API_QUERY, `at most ${MAX_API_QUERY} characters`)).optional(),
  page: scalar(positiveInt(SEARCH_LIMITS.maxWindow)).optional(),
  size: scalar(positiveInt(SEARCH_LIMITS.maxPageSize)).optional(),
  sort: scalar(z.enum(['relevance', 'name'], { error: 'must be "relevance" or "name"' })).optional(),
};

const optionSet = scalar(z.enum(OPTION_SETS, { error: `must be one of: ${OPTION_SETS.join(', ')}` }));

const packageSearchSchema = z
  .object({ ...common, ...Object.fromEntries(PACKAGE_FACETS.map((f) => [f, filterValues.optional()])) })
  .strict();
const optionSearchSchema = z.object({ ...common, set: optionSet.optional() }).strict();
const optionGetSchema = z.object({ set: optionSet.optional() }).strict();
const emptySchema = z.object({}).strict();
const suggestSchema = z
  .object({
    query: scalar(z.string().max(SEARCH_LIMITS.maxQueryLength, `at most ${SEARCH_LIMITS.maxQueryLength} characters`)),
    channel: scalar(z.string().max(100)).optional(),
    kind: scalar(z.enum(['packages', 'options'], { error: 'must be "packages" or "options"' })).optional(),
    set: optionSet.optional(),
    size: scalar(positiveInt(20)).optional(),
    format: scalar(z.enum(['json', 'opensearch'], { error: 'must be "json" or "opensearch"' })).optional(),
  })
  .strict();

const REPEATABLE = new Set<string>(PACKAGE_FACETS);

/** URLSearchParams as an object: filter keys as arrays, any other key given once. */
function toRecord(params: URLSearchParams): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    if (REPEATABLE.has(key)) out[key] = values;
    else if (values.length > 1) throw new ApiParamError(`${key}: give one value`);
    else out[key] = values[0] ?? '';
  }
  return out;
}

function parseWith<T>(schema: z.ZodType<T>, params: URLSearchParams): T {
  const result = schema.safeParse(toRecord(params));
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  if (!issue) throw new ApiParamError('invalid parameters');
  if (issue.code === 'unrecognized_keys') throw new ApiParamError(`unknown parameter "${issue.keys.join('", "')}"`);
  const where = issue.path.filter((p) => typeof p === 'string').join('.');
  throw new ApiParamError(`${where}: ${issue.message}`);
}

/** Paging and sort shared by both searches. */
export interface PageParams {
  query: string;
  page: number;
  size: number;
  sort: 'relevance' | 'name';
}

function paging(p: { query?: string; page?: number; size?: number; sort?: 'relevance' | 'name' }): PageParams {
  const page = p.page ?? 1;
  const size = p.size ?? SEARCH_LIMITS.defaultPageSize;
  if (page * size > SEARCH_LIMITS.maxWindow) {
    throw new ApiParamError(`page: page × size may not exceed ${SEARCH_LIMITS.maxWindow} (narrow the query instead)`);
  }
  return { query: p.query ?? '', page, size, sort: p.sort ?? 'relevance' };
}

/** Parameters of GET /api/v1/channels/{channel}/packages. */
export function parsePackageSearch(params: URLSearchParams) {
  const p = parseWith(packageSearchSchema, params) as Record<string, string[] | undefined> & Parameters<typeof paging>[0];
  const filters = Object.fromEntries(PACKAGE_FACETS.flatMap((f) => (p[f] ? [[f, p[f]]] : []))) as Partial<
    Record<(typeof PACKAGE_FACETS)[number], string[]>
  >;
  return { ...paging(p), filters };
}

/** Parameters of GET /api/v1/channels/{channel}/options. */
export function parseOptionSearch(params: URLSearchParams) {
  const p = parseWith(optionSearchSchema, params);
  return { ...paging(p), set: p.set };
}

/** Parameters of GET /api/v1/channels/{channel}/options/{name}. */
export function parseOptionGet(params: URLSearchParams) {
  return parseWith(optionGetSchema, params);
}

/** Endpoints without parameters still reject unknown ones. */
export function parseNoParams(params: URLSearchParams): void {
  parseWith(emptySchema, params);
}

/** Parameters of GET /api/v1/suggest. */
export function parseSuggest(params: URLSearchParams) {
  const p = parseWith(suggestSchema, params);
  return { query: p.query, channel: p.channel, kind: p.kind ?? 'packages', set: p.set, size: p.size ?? 8, format: p.format ?? 'json' };
}
