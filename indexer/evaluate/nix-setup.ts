/**
 * What every Nix invocation of the evaluation step shares: a sanitised environment, the
 * flags that make an evaluation reproducible, the nixpkgs source resolved to a directory
 * (a local path, or a tarball URL that Nix fetches into its store), and Nix's version.
 */
import { stat, realpath } from 'node:fs/promises';
import { isAbsolute, join, resolve } from 'node:path';
import { NixEvaluationError, NixpkgsSourceError } from './errors';
import { runNix } from './run-nix';

/** Settings every evaluation needs, with defaults filled in. */
export interface NixSettings {
  env: NodeJS.ProcessEnv;
  system: string;
  timeoutMs: number;
  signal?: AbortSignal;
  onLog?: (line: string) => void;
}

// Variables that would make an evaluation depend on the machine running it: a user's NIX_PATH,
// their nixpkgs config file and allow-unfree/broken switches, extra NixOS modules.
const IMPURE_VARIABLES = [
  'NIX_PATH',
  'NIXPKGS_CONFIG',
  'NIXPKGS_ALLOW_UNFREE',
  'NIXPKGS_ALLOW_BROKEN',
  'NIXPKGS_ALLOW_INSECURE',
  'NIXPKGS_ALLOW_UNSUPPORTED_SYSTEM',
  'NIXOS_EXTRA_MODULE_PATH',
];

/** The environment for Nix: this process's, without the variables that change what nixpkgs evaluates to. */
export function nixEnvironment(base: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const env = { ...base };
  for (const name of IMPURE_VARIABLES) delete env[name];
  // Empty, as the channel jobs do: only the -I entries given explicitly resolve <...> paths.
  env.NIX_PATH = '';
  return env;
}

/**
 * Flags shared by nix-env and nix-instantiate: a fixed `system` (channels publish the
 * x86_64-linux view whatever machine evaluates), `<nixpkgs>` pointing at the tree itself (as
 * 20.09's channel job did), no store writes (evaluation only: no builds, no garbage, works on
 * a store this user cannot write), no import-from-derivation (it would build).
 */
export function commonNixArgs(root: string, system: string): string[] {
  return [
    '--option', 'system', system,
    '--option', 'allow-import-from-derivation', 'false',
    '--readonly-mode',
    '-I', `nixpkgs=${root}`,
  ];
}

/** A string as a Nix string literal. */
export function nixString(s: string): string {
  if (/[\u0000-\u001f]/.test(s)) throw new NixpkgsSourceError(`Unsupported control character in ${JSON.stringify(s)}`);
  return JSON.stringify(s).replace(/\$\{/g, '\\${');
}

/** True for sources Nix must download (a tarball URL). */
export function isTarballUrl(source: string): boolean {
  return /^(https?|file):\/\//i.test(source);
}

/**
 * The directory of a nixpkgs source, as Nix sees it: the realpath of a local directory, or the
 * store path a tarball URL unpacks to. `required` is a file the tree must have (relative).
 */
export async function resolveNixpkgs(source: string, required: string, settings: NixSettings): Promise<string> {
  let root: string;
  if (isTarballUrl(source)) root = await fetchTarball(source, settings);
  else {
    const dir = isAbsolute(source) ? source : resolve(source);
    const info = await stat(dir).catch(() => undefined);
    if (!info) throw new NixpkgsSourceError(`nixpkgs source ${dir} does not exist`);
    if (!info.isDirectory()) throw new NixpkgsSourceError(`nixpkgs source ${dir} is not a directory`);
    root = await realpath(dir);
  }
  const file = await stat(join(root, required)).catch(() => undefined);
  if (!file?.isFile()) throw new NixpkgsSourceError(`${source} is not a nixpkgs tree: it has no ${required}`);
  return root;
}

// Nix downloads and unpacks the tarball (and caches it) with builtins.fetchTarball; the value
// is the store path it unpacked to, the same one `nix-env -f <url>` would use.
async function fetchTarball(url: string, settings: NixSettings): Promise<string> {
  settings.onLog?.(`fetching ${url}`);
  try {
    const out = await runNix({
      command: 'nix-instantiate',
      args: ['--eval', '--json', '--expr', '{ url }: builtins.fetchTarball url', '--argstr', 'url', url],
      env: settings.env,
      what: `fetching nixpkgs tarball ${url}`,
      timeoutMs: settings.timeoutMs,
      signal: settings.signal,
      onLog: settings.onLog,
      consumeStdout: readAll,
    });
    const path: unknown = JSON.parse(out);
    if (typeof path !== 'string' || !isAbsolute(path)) throw new NixpkgsSourceError(`Nix gave no store path for ${url}`);
    return await realpath(path);
  } catch (error) {
    if (error instanceof NixEvaluationError)
      throw new NixpkgsSourceError(`Cannot fetch nixpkgs tarball ${url}; Nix said:\n${error.stderrTail.join('\n')}`, {
        cause: error,
      });
    throw error;
  }
}

/** The version Nix reports (`nix-env (Nix) 2.8.0` → `2.8.0`); NixNotFoundError when absent. */
export async function nixVersion(command: string, settings: NixSettings): Promise<string> {
  const out = await runNix({
    command,
    args: ['--version'],
    env: settings.env,
    what: `asking ${command} for its version`,
    timeoutMs: 30_000,
    signal: settings.signal,
    consumeStdout: readAll,
  });
  return /(\d+\.\d+[^\s]*)/.exec(out)?.[1] ?? out.trim();
}

/** Read a (small) stream into a string. */
export async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  let text = '';
  stream.setEncoding('utf8');
  for await (const chunk of stream) text += chunk as string;
  return text;
}
