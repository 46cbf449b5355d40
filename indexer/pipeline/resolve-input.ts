/**
 * Turn a configured source into a file or URL the importer reads: artifacts as they are;
 * nixpkgs sources evaluated with the real Nix first (indexer/evaluate/), whose output is then
 * imported exactly like a published artifact, with the evaluated tree's path as source root.
 */
import { evaluateOptions, evaluatePackages } from '../evaluate/index';
import { IndexerError, InterruptedError } from '../errors';
import { formatDuration, type Reporter } from '../progress/reporter';
import type { PlannedInput } from './build';

/** A readable input. */
export interface ResolvedInput {
  location: string;
  /** Prefix of absolute paths in positions/declarations (evaluated trees), else null. */
  sourceRoot: string | null;
  /** Milliseconds spent evaluating, null for artifacts. */
  evaluationMs: number | null;
}

/** Options of resolveInput. */
export interface ResolveOptions {
  workDir: string;
  signal?: AbortSignal;
  reporter: Reporter;
  label: string;
}

/** Resolve one input (evaluating with Nix when needed). */
export async function resolveInput(input: PlannedInput, options: ResolveOptions): Promise<ResolvedInput> {
  if ('artifact' in input.source) return { location: input.source.artifact, sourceRoot: null, evaluationMs: null };
  if (input.kind === 'options' && input.optionSet !== 'nixos') {
    throw new IndexerError(`${options.label}: only NixOS options can be evaluated from nixpkgs; give Home Manager options as an artifact`);
  }
  const started = Date.now();
  const step = options.reporter.step(`${options.label}: evaluating ${input.source.nixpkgs} with Nix`, null, 'bytes');
  const common = { workDir: options.workDir, signal: options.signal };
  try {
    const output =
      input.kind === 'packages'
        ? await evaluatePackages(input.source.nixpkgs, { ...common, onProgress: (packages, bytes) => step.update(bytes, packages) })
        : await evaluateOptions(input.source.nixpkgs, common);
    const evaluationMs = Date.now() - started;
    step.finish(`evaluated in ${formatDuration(evaluationMs)}`);
    return { location: output.file, sourceRoot: output.sourceRoot, evaluationMs };
  } catch (error) {
    step.fail();
    if (options.signal?.aborted) throw new InterruptedError();
    throw error;
  }
}
