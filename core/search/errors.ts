/**
 * Typed errors of the search core. One base class; each kind of failure its own subclass,
 * carrying the underlying error as `cause`. The site maps them to HTTP statuses
 * (EngineUnavailableError → 503, UnknownChannelError → 404, InvalidRequestError → 400).
 */

/** Base class of every search-core error. */
export class SearchError extends Error {
  override name = 'SearchError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** The engine cannot be reached, timed out, or has no usable index (→ 503). */
export class EngineUnavailableError extends SearchError {
  override name = 'EngineUnavailableError';
}

/** The channel is not live in this engine (→ 404). */
export class UnknownChannelError extends SearchError {
  override name = 'UnknownChannelError';
  constructor(
    readonly channel: string,
    options?: { cause?: unknown },
  ) {
    super(`Unknown channel "${channel}"`, options);
  }
}

/** The request itself is invalid (→ 400). */
export class InvalidRequestError extends SearchError {
  override name = 'InvalidRequestError';
}

/** Publishing failed; the previously live index is untouched. */
export class PublishError extends SearchError {
  override name = 'PublishError';
}
