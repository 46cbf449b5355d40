/**
 * Packages of a nixpkgs source, evaluated the way the channels publish them:
 *   nix-env -f <src> -qa --json --meta --arg config 'import <src>/pkgs/top-level/packages-config.nix'
 * (config `{ }` for trees without that file), streamed to `<workDir>/packages.json`.
 */
import { createWriteStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { copyNixEnvJson } from './nix-env-json';
import { commonNixArgs, nixString, type NixSettings } from './nix-setup';
import { runNix } from './run-nix';
import { writeAtomically } from './write-atomically';

/** Relative path of the config the channels evaluate packages with (no aliases, more sets recursed). */
export const PACKAGES_CONFIG = 'pkgs/top-level/packages-config.nix';

/** What the package evaluation wrote. */
export interface PackagesRun {
  entries: number;
  /** Attribute paths nix-env skipped half-way through printing (their meta threw). */
  dropped: string[];
}

/** The nix-env arguments for the packages of the tree at `root`. */
export async function packagesArgs(root: string, system: string): Promise<string[]> {
  const configFile = join(root, PACKAGES_CONFIG);
  const hasConfig = (await stat(configFile).catch(() => undefined))?.isFile() === true;
  // An explicit config also keeps ~/.config/nixpkgs/config.nix out of old trees' evaluation.
  const config = hasConfig ? `import ${nixString(configFile)}` : '{ }';
  return ['-f', root, '-qa', '--json', '--meta', '--arg', 'config', config, ...commonNixArgs(root, system)];
}

/** Run nix-env over the tree at `root` into `file`; the file appears only when complete. */
export async function runPackagesEvaluation(
  root: string,
  file: string,
  settings: NixSettings,
  onProgress?: (entries: number, bytes: number) => void,
): Promise<PackagesRun> {
  const args = await packagesArgs(root, settings.system);
  settings.onLog?.(`evaluating packages: nix-env ${args.join(' ')}`);
  return writeAtomically(file, (partial) =>
    runNix({
      command: 'nix-env',
      args,
      env: settings.env,
      what: `evaluating packages of ${root}`,
      timeoutMs: settings.timeoutMs,
      signal: settings.signal,
      onLog: settings.onLog,
      consumeStdout: async (stdout) => {
        const copy = await copyNixEnvJson(stdout, createWriteStream(partial), onProgress);
        return { entries: copy.entries, dropped: copy.dropped };
      },
    }),
  );
}
