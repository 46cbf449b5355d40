/**
 * Typed errors of the Nix evaluation step. One base class; each kind of failure its own
 * subclass, so the CLI can print one clear message and tests can assert the kind.
 */

/** How to get Nix, for every message that says it is missing. */
export const NIX_INSTALL_HINT =
  'Install Nix: `apt-get install -y nix-bin` on Debian/Ubuntu, or see https://nixos.org/download';

/** Base class of every evaluation error. */
export class EvaluationError extends Error {
  override name = 'EvaluationError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** The Nix command (`nix-env`, `nix-instantiate`) is not on PATH. */
export class NixNotFoundError extends EvaluationError {
  override name = 'NixNotFoundError';
  constructor(
    readonly command: string,
    options?: { cause?: unknown },
  ) {
    super(`Nix is not installed: \`${command}\` was not found on PATH. ${NIX_INSTALL_HINT}`, options);
  }
}

/** The nixpkgs source is unusable: missing path, not a nixpkgs tree, or a tarball Nix cannot fetch. */
export class NixpkgsSourceError extends EvaluationError {
  override name = 'NixpkgsSourceError';
}

/** Nix ran and failed; the message ends with Nix's last stderr lines. */
export class NixEvaluationError extends EvaluationError {
  override name = 'NixEvaluationError';
  constructor(
    readonly command: string,
    readonly exitCode: number | null,
    /** Nix's last stderr lines (at most 20). */
    readonly stderrTail: string[],
    what: string,
  ) {
    const how = exitCode === null ? 'was killed' : `exited with code ${exitCode}`;
    const tail = stderrTail.length > 0 ? `; Nix said:\n${stderrTail.join('\n')}` : ' and printed nothing';
    super(`${what} failed: ${command} ${how}${tail}`);
  }
}

/** The evaluation was cancelled through its AbortSignal; the Nix processes were killed. */
export class EvaluationAbortedError extends EvaluationError {
  override name = 'EvaluationAbortedError';
}

/** The evaluation ran longer than its timeout; the Nix processes were killed. */
export class EvaluationTimeoutError extends EvaluationError {
  override name = 'EvaluationTimeoutError';
}
