/**
 * Typed errors of the indexer. Every failure a user can cause (bad input, unknown channel,
 * interruption) is an IndexerError whose message is one clear sentence; the CLI prints the
 * message alone (the stack only with --verbose) and exits non-zero.
 */

/** Base class of every indexer error. */
export class IndexerError extends Error {
  override name = 'IndexerError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** An input cannot be opened or read: missing file, unreachable URL, HTTP error, bad compression. */
export class InputError extends IndexerError {
  override name = 'InputError';
}

/** An input is not valid JSON (or is truncated); says which file and where. */
export class JsonSyntaxError extends InputError {
  override name = 'JsonSyntaxError';
  constructor(
    readonly file: string,
    readonly offset: number,
    readonly line: number,
    readonly column: number,
    readonly reason: string,
  ) {
    super(`${file}: ${reason} at byte ${offset} (line ${line}, column ${column})`);
  }
}

/** An input holds the other kind of document (options given as packages, or the reverse). */
export class WrongKindError extends InputError {
  override name = 'WrongKindError';
}

/** A channel id that the configuration does not know. */
export class UnknownChannelError extends IndexerError {
  override name = 'UnknownChannelError';
  constructor(
    readonly channel: string,
    readonly known: readonly string[],
  ) {
    super(`Unknown channel "${channel}". Known channels: ${known.length > 0 ? known.join(', ') : '(none)'}`);
  }
}

/** The command line asks for something inconsistent (e.g. ad-hoc inputs for several channels). */
export class UsageError extends IndexerError {
  override name = 'UsageError';
}

/** The run was interrupted (SIGINT/SIGTERM); nothing was written. */
export class InterruptedError extends IndexerError {
  override name = 'InterruptedError';
  constructor(message = 'Interrupted; nothing was written') {
    super(message);
  }
}

/** Metadata on disk is missing or invalid (load step). */
export class MetadataError extends IndexerError {
  override name = 'MetadataError';
}
