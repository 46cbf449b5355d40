// Bad input for the evaluation step, with the real Nix: no Nix on PATH, evaluation errors,
// unusable sources, abort and timeout (no Nix process may survive, no file may be left).
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  EvaluationAbortedError,
  EvaluationTimeoutError,
  evaluateOptions,
  evaluatePackages,
  NixEvaluationError,
  NixNotFoundError,
  NixpkgsSourceError,
} from './index';
import { FIXTURES, processesMentioning, tempDir, waitFor, writeTree } from './test-support/helpers';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()!();
});
async function temp(prefix: string): Promise<string> {
  const t = await tempDir(prefix);
  cleanups.push(t.cleanup);
  return t.dir;
}
async function rejection(promise: Promise<unknown>): Promise<Error> {
  return promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (error: unknown) => error as Error,
  );
}

// Evaluation that runs for minutes in constant memory: sums 10^4 numbers 10^7 times.
const BUSY = `{ ... }: builtins.foldl' (acc: i: builtins.foldl' (a: j: a + j) acc (builtins.genList (x: x) 10000)) 0 (builtins.genList (x: x) 10000000)\n`;

describe('evaluation errors', () => {
  it('says how to install Nix when it is not on PATH', async () => {
    const work = await temp('no-nix');
    const env = { ...process.env, PATH: '/nonexistent' };
    for (const run of [evaluatePackages, evaluateOptions]) {
      const error = await rejection(run(join(FIXTURES, 'nixos'), { workDir: work, env }));
      expect(error).toBeInstanceOf(NixNotFoundError);
      expect(error.message).toContain('apt-get install -y nix-bin');
      expect(error.message).toContain('https://nixos.org/download');
    }
    expect(await readdir(work)).toEqual([]);
  });

  it('reports a missing source path and a directory that is not a nixpkgs tree', async () => {
    const work = await temp('bad-source');
    const missing = join(work, 'does-not-exist');
    let error = await rejection(evaluatePackages(missing, { workDir: join(work, 'out') }));
    expect(error).toBeInstanceOf(NixpkgsSourceError);
    expect(error.message).toBe(`nixpkgs source ${missing} does not exist`);

    error = await rejection(evaluateOptions(join(FIXTURES, 'packages'), { workDir: join(work, 'out') }));
    expect(error).toBeInstanceOf(NixpkgsSourceError);
    expect(error.message).toContain('has no nixos/lib/eval-config.nix');

    error = await rejection(evaluatePackages(`file://${missing}.tar.gz`, { workDir: join(work, 'out') }));
    expect(error).toBeInstanceOf(NixpkgsSourceError);
    expect(error.message).toContain(`Cannot fetch nixpkgs tarball file://${missing}.tar.gz`);
    expect(await readdir(work)).toEqual([]); // nothing written, not even the work directory
  });

  it('shows Nix’s last lines when nix-env fails, and writes nothing', async () => {
    const tree = await temp('eval-error');
    await writeTree(tree, { 'default.nix': '{ ... }:\n{\n  broken = undefinedVariable;\n}\n' });
    const work = join(tree, 'out');
    const error = await rejection(evaluatePackages(tree, { workDir: work }));
    expect(error).toBeInstanceOf(NixEvaluationError);
    const nixError = error as NixEvaluationError;
    expect(nixError.message).toMatch(/^Evaluating packages of .* failed: nix-env .* exited with code 1; Nix said:\n/);
    expect(nixError.message).toContain("undefined variable 'undefinedVariable'");
    expect(nixError.stderrTail.length).toBeGreaterThan(0);
    expect(nixError.stderrTail.length).toBeLessThanOrEqual(20);
    expect(await readdir(work)).toEqual([]);
  });

  it('keeps only the last 20 lines of a long Nix error', async () => {
    const tree = await temp('eval-trace');
    // 30 trace lines, then the error.
    const traces = Array.from({ length: 30 }, (_, i) => `builtins.trace "line ${i}"`).join(' (');
    await writeTree(tree, {
      'nixos/lib/eval-config.nix': `{ modules, ... }: { options = ${traces} (1 + "x")${')'.repeat(29)}; }\n`,
    });
    const error = await rejection(evaluateOptions(tree, { workDir: join(tree, 'out') }));
    expect(error).toBeInstanceOf(NixEvaluationError);
    const nixError = error as NixEvaluationError;
    expect(nixError.stderrTail).toHaveLength(20);
    expect(nixError.message).toContain('cannot add a string to an integer');
    expect(nixError.message).not.toContain('trace: line 0\n');
    expect(await readdir(join(tree, 'out'))).toEqual([]);
  });

  it('stops the Nix process group on abort, leaving no process and no file', async () => {
    const tree = await temp('abort');
    await writeTree(tree, { 'default.nix': BUSY });
    const work = join(tree, 'out');
    const controller = new AbortController();
    const running = evaluatePackages(tree, { workDir: work, signal: controller.signal });
    expect(await waitFor(async () => (await processesMentioning(tree)).length > 0, 10_000)).toBe(true);
    controller.abort();
    const error = await rejection(running);
    expect(error).toBeInstanceOf(EvaluationAbortedError);
    expect(await processesMentioning(tree)).toEqual([]);
    expect(await readdir(work)).toEqual([]);
  });

  it('stops Nix when the hang guard fires', async () => {
    const tree = await temp('timeout');
    await writeTree(tree, { 'default.nix': BUSY });
    const started = Date.now();
    const error = await rejection(evaluatePackages(tree, { workDir: join(tree, 'out'), timeoutMs: 1_500 }));
    expect(error).toBeInstanceOf(EvaluationTimeoutError);
    expect(error.message).toContain('Timed out after 1.5 s');
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(await processesMentioning(tree)).toEqual([]);
  });

  it('rejects at once when the signal is already aborted', async () => {
    const work = await temp('pre-aborted');
    const error = await rejection(
      evaluateOptions(join(FIXTURES, 'nixos'), { workDir: work, signal: AbortSignal.abort() }),
    );
    expect(error).toBeInstanceOf(EvaluationAbortedError);
  });
});
