/**
 * Evaluate a nixpkgs source with the real Nix, producing the same JSON files that channels
 * publish (so the rest of the pipeline reads evaluated and imported inputs the same way).
 *
 * NOTE: interface only, for the rest of the pipeline to build against; the implementation
 * lands with the evaluation work (issue 4, "Evaluate with Nix").
 */

/** Where an evaluation wrote its output, and the source root to strip from `meta.position`. */
export interface EvaluationOutput {
  /** Path of the JSON file written (flat `nix-env -qa --json --meta` output, or options.json). */
  file: string;
  /** Absolute path of the nixpkgs tree as Nix saw it (prefix of absolute positions/declarations). */
  sourceRoot: string;
}

/** Options common to both evaluations. */
export interface EvaluateOptions {
  /** Directory for output and scratch files (created if missing). */
  workDir: string;
  signal?: AbortSignal;
  /** One line of Nix's stderr at a time, for progress and logs. */
  onLog?: (line: string) => void;
}

/** Evaluate packages of a nixpkgs source (a local path or a tarball URL). */
export async function evaluatePackages(nixpkgs: string, options: EvaluateOptions): Promise<EvaluationOutput> {
  void nixpkgs;
  void options;
  throw new Error('evaluatePackages: not implemented yet');
}

/** Evaluate the NixOS options of a nixpkgs source into the shape of the manual's options.json. */
export async function evaluateOptions(nixpkgs: string, options: EvaluateOptions): Promise<EvaluationOutput> {
  void nixpkgs;
  void options;
  throw new Error('evaluateOptions: not implemented yet');
}
