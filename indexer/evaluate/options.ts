/**
 * NixOS options of a nixpkgs source in the shape of the manual's options.json, evaluated by
 * the project's own expression (./nix/options.nix) with nix-instantiate, streamed to
 * `<workDir>/options.json`.
 */
import { createWriteStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { pipeline } from 'node:stream/promises';
import { EvaluationError, NixEvaluationError } from './errors';
import { commonNixArgs, type NixSettings } from './nix-setup';
import { runNix } from './run-nix';
import { writeAtomically } from './write-atomically';

/** The project's Nix expression that turns a tree's NixOS options into options.json. */
export const OPTIONS_EXPRESSION = fileURLToPath(new URL('./nix/options.nix', import.meta.url));
/** The file a tree must have for its NixOS options to be evaluated. */
export const EVAL_CONFIG = 'nixos/lib/eval-config.nix';

/** Which defaults and examples the expression renders (see nix/options-doc.nix). */
export type OptionValues = 'all' | 'literal' | 'none';

/** What the options evaluation wrote. */
export interface OptionsRun {
  count: number;
  /**
   * Set when rendering every default and example failed on an error Nix cannot catch, and the
   * options were evaluated again with fewer of them: Nix's last line of the first attempt.
   */
  degraded: string | null;
}

/** The nix-instantiate arguments for the options of the tree at `root`. */
export function optionsArgs(root: string, system: string, values: OptionValues = 'all'): string[] {
  return [
    '--eval', '--strict', '--json', OPTIONS_EXPRESSION,
    '--argstr', 'nixpkgs', root,
    '--argstr', 'system', system,
    '--argstr', 'values', values,
    ...commonNixArgs(root, system),
  ];
}

/**
 * Run the options evaluation of the tree at `root` into `file`. builtins.tryEval catches only
 * throw and assert, so a default that hits another error (a missing attribute, a type error)
 * fails the whole evaluation; then it runs again evaluating less ('literal', then 'none': see
 * nix/options-doc.nix), so the options are still all there. If every attempt fails, the first
 * error is the one reported.
 */
export async function runOptionsEvaluation(root: string, file: string, settings: NixSettings): Promise<OptionsRun> {
  let first: NixEvaluationError | undefined;
  for (const values of ['all', 'literal', 'none'] as const) {
    try {
      const count = await evaluateInto(root, file, settings, values);
      return { count, degraded: first ? lastMessage(first) : null };
    } catch (error) {
      if (!(error instanceof NixEvaluationError)) throw error;
      first ??= error;
      if (values !== 'none')
        settings.onLog?.(`warning: options evaluation failed (${lastMessage(error)}); evaluating again with fewer defaults and examples`);
    }
  }
  throw first!;
}

// Nix's own message ("error: …"), not the code frame that follows it.
function lastMessage(error: NixEvaluationError): string {
  const line = error.stderrTail.filter((l) => l.startsWith('error: ')).at(-1) ?? error.stderrTail.at(-1);
  return line?.trim() || 'unknown error';
}

async function evaluateInto(root: string, file: string, settings: NixSettings, values: OptionValues): Promise<number> {
  const args = optionsArgs(root, settings.system, values);
  settings.onLog?.(`evaluating NixOS options: nix-instantiate ${args.join(' ')}`);
  return writeAtomically(file, async (partial) => {
    await runNix({
      command: 'nix-instantiate',
      args,
      env: settings.env,
      what: `evaluating NixOS options of ${root}`,
      timeoutMs: settings.timeoutMs,
      signal: settings.signal,
      onLog: settings.onLog,
      consumeStdout: (stdout) => pipeline(stdout, createWriteStream(partial)),
    });
    // A few MB at most: checking it is one object costs little and catches a truncated write.
    let parsed: unknown;
    try {
      parsed = JSON.parse(await readFile(partial, 'utf8'));
    } catch (error) {
      throw new EvaluationError(`The options evaluation of ${root} printed invalid JSON`, { cause: error });
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
      throw new EvaluationError(`The options evaluation of ${root} did not produce a JSON object`);
    return Object.keys(parsed).length;
  });
}
