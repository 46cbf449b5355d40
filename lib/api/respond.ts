/**
 * JSON responses of the API: CORS on every answer (GET from any origin; OPTIONS preflight),
 * and the one mapping from errors to statuses:
 * ApiParamError / InvalidRequestError → 400, UnknownChannelError / not found → 404,
 * EngineUnavailableError (and anything unexpected) → 503. Bodies of errors are
 * `{ "error": { "code", "message" } }`; internal details never leave the server.
 */
import { EngineUnavailableError, InvalidRequestError, UnknownChannelError } from '@/core/search/errors';
import { ApiParamError } from './params';

/** CORS headers of every API response. */
export const CORS_HEADERS: Record<string, string> = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, OPTIONS',
  'Access-Control-Allow-Headers': 'Accept, Content-Type',
  'Access-Control-Max-Age': '86400',
};

/** Error codes of the API. */
export type ApiErrorCode = 'invalid_request' | 'not_found' | 'unknown_channel' | 'unavailable';

/** A 404 for a document or path that does not exist. */
export class ApiNotFoundError extends Error {
  override name = 'ApiNotFoundError';
}

/** A JSON response with CORS headers. */
export function json(body: unknown, init: { status?: number; headers?: Record<string, string>; maxAge?: number } = {}): Response {
  return new Response(JSON.stringify(body), {
    status: init.status ?? 200,
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Cache-Control': init.status && init.status >= 400 ? 'no-store' : `public, max-age=${init.maxAge ?? 60}`,
      ...CORS_HEADERS,
      ...init.headers,
    },
  });
}

/** An error response. */
export function apiError(status: number, code: ApiErrorCode, message: string): Response {
  return json({ error: { code, message } }, { status });
}

/** Map any thrown value to an error response. */
export function errorResponse(error: unknown): Response {
  if (error instanceof ApiParamError || error instanceof InvalidRequestError) return apiError(400, 'invalid_request', error.message);
  if (error instanceof UnknownChannelError) return apiError(404, 'unknown_channel', `unknown channel "${error.channel}"`);
  if (error instanceof ApiNotFoundError) return apiError(404, 'not_found', error.message);
  if (!(error instanceof EngineUnavailableError)) console.error('[nixsearch] API error:', error);
  return apiError(503, 'unavailable', 'search is temporarily unavailable; try again shortly');
}

/** Run a handler and turn whatever it throws into an error response. */
export async function handle(fn: () => Promise<Response>): Promise<Response> {
  try {
    return await fn();
  } catch (error) {
    return errorResponse(error);
  }
}

/** The answer to a CORS preflight. */
export function preflight(): Response {
  return new Response(null, { status: 204, headers: CORS_HEADERS });
}
