/**
 * NixOS options of a nixpkgs source in the shape of the manual's options.json, evaluated by
 * the project's own expression (./nix/options.nix) with nix-instantiate, streamed to
 * `<workDir>/options.json`.
 */
import { createWriteStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { pipeline } from 'node:stream/promises';
import { EvaluationError } from './errors';
import { commonNixArgs, type NixSettings } from './nix-setup';
import { runNix } from './run-nix';
import { writeAtomically } from './write-atomically';

/** The project's Nix expression that turns a tree's NixOS options into options.json. */
export const OPTIONS_EXPRESSION = fileURLToPath(new URL('./nix/options.nix', import.meta.url));
/** The file a tree must have for its NixOS options to be evaluated. */
export const EVAL_CONFIG = 'nixos/lib/eval-config.nix';

/** The nix-instantiate arguments for the options of the tree at `root`. */
export function optionsArgs(root: string, system: string): string[] {
  return [
    '--eval', '--strict', '--json', OPTIONS_EXPRESSION,
    '--argstr', 'nixpkgs', root,
    '--argstr', 'system', system,
    ...commonNixArgs(root, system),
  ];
}

/** Run the options evaluation of the tree at `root` into `file`; returns the number of options. */
export async function runOptionsEvaluation(root: string, file: string, settings: NixSettings): Promise<number> {
  const args = optionsArgs(root, settings.system);
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
