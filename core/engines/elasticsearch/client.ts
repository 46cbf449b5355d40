/**
 * The Elasticsearch client of the backend, built from explicit options (never the
 * environment), and the one place that turns transport failures into the search core's
 * typed errors.
 */
import { readFileSync } from 'node:fs';
import { Client, errors } from '@elastic/elasticsearch';
import { EngineUnavailableError, SearchError } from '../../search/errors';

/** Connection settings (the shape of ElasticsearchSettings in core/config.ts). */
export interface ElasticsearchConnection {
  /** One or more node URLs, e.g. ["http://127.0.0.1:9200"]. */
  nodes: string[];
  auth?: { apiKey: string } | { username: string; password: string } | undefined;
  /** PEM file of the CA that signed the cluster's certificate. */
  caFile?: string | undefined;
  /** Per-request timeout (default 5000 ms). */
  requestTimeoutMs?: number;
  /** Client-side retries on connection errors and 502/503/504 (default: one per other node, so a
   * single stopped node fails at once instead of after the client's backoff). */
  maxRetries?: number;
}

/** Build a client; a missing CA file is a clear error. */
export function createClient(connection: ElasticsearchConnection): Client {
  if (connection.nodes.length === 0) throw new EngineUnavailableError('No Elasticsearch nodes configured');
  let ca: Buffer | undefined;
  if (connection.caFile) {
    try {
      ca = readFileSync(connection.caFile);
    } catch (error) {
      throw new EngineUnavailableError(`Cannot read the Elasticsearch CA file ${connection.caFile}`, { cause: error });
    }
  }
  return new Client({
    nodes: connection.nodes,
    auth: connection.auth,
    tls: ca ? { ca } : undefined,
    requestTimeout: connection.requestTimeoutMs ?? 5000,
    maxRetries: connection.maxRetries ?? Math.max(0, connection.nodes.length - 1),
    compression: false,
  });
}

/** HTTP status of a response error, or undefined for transport-level failures. */
export function statusOf(error: unknown): number | undefined {
  return error instanceof errors.ResponseError ? error.statusCode : undefined;
}

/** The `type` of an Elasticsearch error body, e.g. "index_not_found_exception". */
export function errorTypeOf(error: unknown): string | undefined {
  if (!(error instanceof errors.ResponseError)) return undefined;
  const body = error.body as { error?: { type?: string } } | undefined;
  return body?.error?.type;
}

/** True when the cluster could not be reached or did not answer in time (worth a 503). */
export function isUnavailable(error: unknown): boolean {
  if (
    error instanceof errors.ConnectionError ||
    error instanceof errors.TimeoutError ||
    error instanceof errors.NoLivingConnectionsError ||
    error instanceof errors.ProductNotSupportedError ||
    error instanceof errors.DeserializationError
  ) {
    return true;
  }
  const status = statusOf(error);
  return status === 401 || status === 403 || status === 429 || (status !== undefined && status >= 500);
}

/** Short description of a client error for messages (never the whole response). */
export function describe(error: unknown): string {
  if (error instanceof errors.ResponseError) {
    const body = error.body as { error?: { type?: string; reason?: string } } | undefined;
    const reason = body?.error ? `${body.error.type ?? 'error'}: ${body.error.reason ?? ''}` : String(error.message);
    return `HTTP ${error.statusCode ?? '?'} ${reason}`.slice(0, 500);
  }
  return error instanceof Error ? `${error.name}: ${error.message}`.slice(0, 500) : String(error);
}

/** Rethrow an error as a typed search error: unreachable/timeouts → EngineUnavailableError. */
export function toSearchError(error: unknown, action: string): SearchError {
  if (error instanceof SearchError) return error;
  if (isUnavailable(error)) return new EngineUnavailableError(`Elasticsearch unavailable (${action}): ${describe(error)}`, { cause: error });
  return new SearchError(`Elasticsearch ${action} failed: ${describe(error)}`, { cause: error });
}
