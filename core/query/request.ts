/**
 * Validation of a SearchRequest, shared by every engine: bounds from SEARCH_LIMITS, known facets
 * for the kind. A bad request is an InvalidRequestError (→ 400), never an engine error.
 */
import { InvalidRequestError } from '../search/errors';
import { OPTION_FACETS, PACKAGE_FACETS, SEARCH_LIMITS, type FacetName, type SearchRequest } from '../search/types';
import type { DocKind } from '../documents/types';

/** Facet names that apply to a kind. */
export function facetsOf(kind: DocKind): readonly FacetName[] {
  return kind === 'package' ? PACKAGE_FACETS : OPTION_FACETS;
}

/** Check a request; returns it with empty filter lists removed. Throws InvalidRequestError. */
export function validateRequest<K extends DocKind>(request: SearchRequest<K>): SearchRequest<K> {
  const problems: string[] = [];
  if (request.kind !== 'package' && request.kind !== 'option') problems.push(`kind must be "package" or "option"`);
  if (request.sort !== 'relevance' && request.sort !== 'name') problems.push(`sort must be "relevance" or "name"`);
  if (!Number.isInteger(request.from) || request.from < 0) problems.push('from must be a non-negative integer');
  if (!Number.isInteger(request.size) || request.size < 1 || request.size > SEARCH_LIMITS.maxPageSize) {
    problems.push(`size must be an integer from 1 to ${SEARCH_LIMITS.maxPageSize}`);
  }
  if (request.from + request.size > SEARCH_LIMITS.maxWindow) problems.push(`from + size may not exceed ${SEARCH_LIMITS.maxWindow}`);
  if (typeof request.query !== 'string') problems.push('query must be a string');
  const allowed = new Set<string>(facetsOf(request.kind));
  const filters: SearchRequest<K>['filters'] = {};
  for (const [name, values] of Object.entries(request.filters ?? {})) {
    if (values === undefined) continue;
    if (!allowed.has(name)) problems.push(`unknown filter "${name}" for ${request.kind} searches`);
    else if (!Array.isArray(values) || values.some((v) => typeof v !== 'string')) problems.push(`filter "${name}" must be a list of strings`);
    else if (values.length > 0) filters[name as FacetName] = values;
  }
  if (problems.length > 0) throw new InvalidRequestError(`Invalid search request: ${problems.join('; ')}`);
  return { ...request, filters };
}
