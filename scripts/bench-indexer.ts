/**
 * Indexer benchmark (`npm run bench:indexer`): artifacts of modern scale → JSON metadata.
 * Generates (once, cached) 150,000 packages (~380 MB JSON, brotli) and 25,000 options from
 * the real nixos-24.11 entries (scripts/bench/indexer-input.ts), then runs one build in a
 * child process and prints its wall time and peak RSS against the targets (< 30 s, < 1.5 GB).
 * Prints figures; it is not a test. Options: --packages N, --options N, --size-mb N (0 = no
 * padding), --jobs N (worker threads; default one per core), --runs N.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { benchInput } from './bench/indexer-input';

const { values } = parseArgs({
  options: {
    packages: { type: 'string', default: '150000' },
    options: { type: 'string', default: '25000' },
    'size-mb': { type: 'string', default: '380' },
    jobs: { type: 'string' },
    runs: { type: 'string', default: '1' },
  },
});
const log = (s: string) => process.stderr.write(`${s}\n`);
const mb = (n: number) => `${(n / 1e6).toFixed(1)} MB`;

const input = await benchInput(
  resolve('.cache/bench/indexer'),
  { packages: Number(values.packages), options: Number(values.options), packagesMb: Number(values['size-mb']) },
  log,
);
log(
  `input: ${input.packages.toLocaleString('en-US')} packages (${mb(input.packagesBytes)} JSON, ${mb(input.packagesCompressedBytes)} brotli), ` +
    `${input.options.toLocaleString('en-US')} options (${mb(input.optionsBytes)} JSON, ${mb(input.optionsCompressedBytes)} brotli)`,
);

for (let run = 1; run <= Number(values.runs); run++) {
  const dataDir = mkdtempSync(join(tmpdir(), 'nixsearch-bench-indexer-'));
  const load = loadavg()[0]!.toFixed(2);
  const started = performance.now();
  const args = ['--import', 'tsx', 'scripts/bench/indexer-run.ts', input.packagesFile, input.optionsFile, dataDir];
  if (values.jobs !== undefined) args.push(values.jobs);
  const child = spawnSync(process.execPath, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 24 });
  const processMs = performance.now() - started;
  rmSync(dataDir, { recursive: true, force: true });
  if (child.status !== 0) {
    log(`run ${run} failed (exit ${child.status})`);
    process.exit(1);
  }
  const r = JSON.parse(child.stdout.trim().split('\n').pop()!) as {
    wallMs: number;
    peakRssBytes: number;
    cpuMs: number;
    counts: { packages: number; options: Record<string, number> };
  };
  const pass = (ok: boolean) => (ok ? 'ok' : 'MISSED');
  console.log(
    [
      `run ${run}: ${r.counts.packages.toLocaleString('en-US')} packages + ${(r.counts.options.nixos ?? 0).toLocaleString('en-US')} options`,
      `  build wall time   ${(r.wallMs / 1000).toFixed(1)} s  (target < 30 s: ${pass(r.wallMs < 30_000)}); process incl. startup ${(processMs / 1000).toFixed(1)} s`,
      `  peak RSS          ${mb(r.peakRssBytes)}  (target < 1500 MB: ${pass(r.peakRssBytes < 1.5e9)})`,
      `  CPU time          ${(r.cpuMs / 1000).toFixed(1)} s on ${cpus().length} cores; load average before the run ${load}`,
    ].join('\n'),
  );
}
