/**
 * Typed errors of the search core. One base class; each kind of failure its own subclass,
 * carrying the underlying error as `cause`. The site maps them to HTTP statuses
 * (EngineUnavailableError → 503, UnknownChannelError → 404, InvalidRequestError → 400).
 */

/** Where an error keeps the kinds it is (its class and every search-core base class). */
const KINDS = Symbol.for('nixsearch.searchErrorKinds');

type Kinded = { readonly kind: string };

/**
 * Base class of every search-core error.
 *
 * `instanceof` goes by kind, not by class identity: Next.js bundles core/ once per route, and
 * an engine created by one route's copy throws errors from that copy's classes into another
 * route. A plain prototype check then fails and an expected 503 looks like a crash.
 */
export class SearchError extends Error {
  /** Stable kind (class names do not survive minification). */
  static readonly kind: string = 'SearchError';
  override name = 'SearchError';
  readonly [KINDS]: readonly string[];

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    const kinds: string[] = [];
    for (let c: unknown = new.target; c && c !== Error; c = Object.getPrototypeOf(c)) {
      if (Object.hasOwn(c as object, 'kind')) kinds.push((c as Kinded).kind);
    }
    this[KINDS] = kinds;
  }

  static override [Symbol.hasInstance](this: Kinded, value: unknown): boolean {
    const kinds = typeof value === 'object' && value !== null ? (value as { [KINDS]?: unknown })[KINDS] : undefined;
    return Array.isArray(kinds) && kinds.includes(this.kind);
  }
}

/** The engine cannot be reached, timed out, or has no usable index (→ 503). */
export class EngineUnavailableError extends SearchError {
  static override readonly kind: string = 'EngineUnavailableError';
  override name = 'EngineUnavailableError';
}

/** The channel is not live in this engine (→ 404). */
export class UnknownChannelError extends SearchError {
  static override readonly kind: string = 'UnknownChannelError';
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
  static override readonly kind: string = 'InvalidRequestError';
  override name = 'InvalidRequestError';
}

/** Publishing failed; the previously live index is untouched. */
export class PublishError extends SearchError {
  static override readonly kind: string = 'PublishError';
  override name = 'PublishError';
}
