/**
 * Evaluate a nixpkgs source with the real Nix, producing the same JSON files that channels
 * publish (so the rest of the pipeline reads evaluated and imported inputs the same way).
 *
 * - evaluatePackages: flat `nix-env -qa --json --meta` output (`attr → {name, pname, …, meta}`),
 *   in `<workDir>/packages.json`; `meta.position` values start with `sourceRoot`.
 * - evaluateOptions: the NixOS manual's options.json (`name → {declarations, default?,
 *   description, example?, loc, readOnly, type}`), in `<workDir>/options.json`;
 *   `declarations` start with `sourceRoot`.
 * Both files appear only when complete. Errors are typed (./errors): NixNotFoundError,
 * NixpkgsSourceError, NixEvaluationError, EvaluationAbortedError, EvaluationTimeoutError.
 * See docs/evaluation.md.
 */
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { nixEnvironment, nixVersion, resolveNixpkgs, type NixSettings } from './nix-setup';
import { EVAL_CONFIG, runOptionsEvaluation } from './options';
import { runPackagesEvaluation } from './packages';

export * from './errors';

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
  /** Hang guard: Nix is stopped after this long (default: 2 h for packages, 30 min for options). */
  timeoutMs?: number;
  /** The platform to evaluate for (default x86_64-linux, the view channels publish). */
  system?: string;
  /** Base environment for Nix (default process.env); impure variables are removed from it. */
  env?: NodeJS.ProcessEnv;
}

/** Options of evaluatePackages. */
export interface EvaluatePackagesOptions extends EvaluateOptions {
  /** Called as packages are written (every 1000, and at the end). */
  onProgress?: (packages: number, bytes: number) => void;
}

/** Details both evaluations report besides their file. */
interface EvaluationDetails {
  /** Number of entries in the file (packages or options). */
  count: number;
  /** Nix's version, e.g. "2.8.0". */
  nixVersion: string;
  durationMs: number;
}

/** What evaluatePackages produced. */
export interface PackagesEvaluation extends EvaluationOutput, EvaluationDetails {
  /** Packages nix-env gave up on half-way through printing (their meta threw); left out. */
  dropped: string[];
}

/** What evaluateOptions produced. */
export interface OptionsEvaluation extends EvaluationOutput, EvaluationDetails {
  /**
   * Null normally. Otherwise rendering defaults and examples hit an error Nix cannot catch
   * (this is Nix's message), and the file has every option but only defaultText and literal
   * defaults/examples.
   */
  degraded: string | null;
}

/** Default hang guard of the package evaluation (24.11 takes minutes; leave room for slow machines). */
export const PACKAGES_TIMEOUT_MS = 2 * 60 * 60 * 1000;
/** Default hang guard of the options evaluation (seconds on 24.11). */
export const OPTIONS_TIMEOUT_MS = 30 * 60 * 1000;
/** Default platform. */
export const DEFAULT_SYSTEM = 'x86_64-linux';

function settingsOf(options: EvaluateOptions, defaultTimeoutMs: number): NixSettings {
  return {
    env: nixEnvironment(options.env ?? process.env),
    system: options.system ?? DEFAULT_SYSTEM,
    timeoutMs: options.timeoutMs ?? defaultTimeoutMs,
    signal: options.signal,
    onLog: options.onLog,
  };
}

/** Evaluate packages of a nixpkgs source (a local path or a tarball URL). */
export async function evaluatePackages(nixpkgs: string, options: EvaluatePackagesOptions): Promise<PackagesEvaluation> {
  const started = Date.now();
  const settings = settingsOf(options, PACKAGES_TIMEOUT_MS);
  const version = await nixVersion('nix-env', settings);
  const sourceRoot = await resolveNixpkgs(nixpkgs, 'default.nix', settings);
  const workDir = resolve(options.workDir);
  await mkdir(workDir, { recursive: true });
  const file = join(workDir, 'packages.json');
  const run = await runPackagesEvaluation(sourceRoot, file, settings, options.onProgress);
  for (const attr of run.dropped) settings.onLog?.(`left out ${attr}: nix-env stopped printing it (its meta threw)`);
  return { file, sourceRoot, count: run.entries, dropped: run.dropped, nixVersion: version, durationMs: Date.now() - started };
}

/** Evaluate the NixOS options of a nixpkgs source into the shape of the manual's options.json. */
export async function evaluateOptions(nixpkgs: string, options: EvaluateOptions): Promise<OptionsEvaluation> {
  const started = Date.now();
  const settings = settingsOf(options, OPTIONS_TIMEOUT_MS);
  const version = await nixVersion('nix-instantiate', settings);
  const sourceRoot = await resolveNixpkgs(nixpkgs, EVAL_CONFIG, settings);
  const workDir = resolve(options.workDir);
  await mkdir(workDir, { recursive: true });
  const file = join(workDir, 'options.json');
  const run = await runOptionsEvaluation(sourceRoot, file, settings);
  return { file, sourceRoot, ...run, nixVersion: version, durationMs: Date.now() - started };
}
