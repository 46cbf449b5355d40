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
    let output: { file: string; sourceRoot: string };
    const warnings: string[] = [];
    if (input.kind === 'packages') {
      const packages = await evaluatePackages(input.source.nixpkgs, { ...common, onProgress: (n, bytes) => step.update(bytes, n) });
      if (packages.dropped.length > 0) {
        warnings.push(`${options.label}: warning: left out ${packages.dropped.length} package(s) whose meta threw while nix-env printed them: ${packages.dropped.join(', ')}`);
      }
      output = packages;
    } else {
      const nixos = await evaluateOptions(input.source.nixpkgs, common);
      if (nixos.degraded) {
        warnings.push(`${options.label}: warning: rendering defaults and examples failed (${nixos.degraded}); every option is there, with only literal defaults and examples`);
      }
      output = nixos;
    }
    const evaluationMs = Date.now() - started;
    step.finish(`evaluated in ${formatDuration(evaluationMs)}`);
    for (const warning of warnings) options.reporter.info(warning);
    return { location: output.file, sourceRoot: output.sourceRoot, evaluationMs };
  } catch (error) {
    step.fail();
    if (options.signal?.aborted) throw new InterruptedError();
    throw error;
  }
}
