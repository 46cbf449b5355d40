/**
 * Child process of the indexer benchmark: one build of the scale input into JSON metadata,
 * then its own figures on stdout as JSON (wall time of the build, peak RSS of the process,
 * worker threads included, since they share it).
 */
import { readFileSync } from 'node:fs';
import { buildChannel } from '@/indexer/pipeline/build';
import { plainReporter } from '@/indexer/progress/reporter';

const [packagesFile, optionsFile, dataDir, jobs] = process.argv.slice(2);
if (!packagesFile || !optionsFile || !dataDir) {
  process.stderr.write('usage: indexer-run.ts <packages> <options> <dataDir> [jobs]\n');
  process.exit(2);
}

const started = performance.now();
const result = await buildChannel(
  {
    id: 'bench',
    label: 'Benchmark',
    revision: 'nixos-24.11',
    sourceBaseUrl: 'https://github.com/NixOS/nixpkgs/blob/nixos-24.11/',
    packages: { artifact: packagesFile },
    optionSets: [{ id: 'nixos', source: { artifact: optionsFile } }],
  },
  { dataDir, force: true, jobs: jobs === undefined ? undefined : Number(jobs), reporter: plainReporter() },
);
const wallMs = performance.now() - started;
const status = readFileSync('/proc/self/status', 'utf8');
const hwm = /VmHWM:\s+(\d+) kB/.exec(status);
process.stdout.write(
  JSON.stringify({
    wallMs,
    peakRssBytes: hwm ? Number(hwm[1]) * 1024 : process.resourceUsage().maxRSS * 1024,
    cpuMs: (process.cpuUsage().user + process.cpuUsage().system) / 1000,
    counts: result.manifest.counts,
    skipped: result.manifest.skipped,
    timings: result.manifest.timings,
  }) + '\n',
);
