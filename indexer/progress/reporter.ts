/**
 * Progress and logs. On a terminal: cli-progress bars with counts and rates, one per running
 * step, and a result line per finished step. Elsewhere (CI, pipes): plain lines, one when a
 * step starts and one when it ends. Library functions take a Reporter; tests pass the silent one.
 */
import { MultiBar, type SingleBar } from 'cli-progress';

/** Units of a step's main counter. */
export type ProgressUnit = 'bytes' | 'documents';

/** A running step. */
export interface StepProgress {
  /** Set the counters: `done` in the step's unit; `items` documents handled so far. */
  update(done: number, items: number): void;
  /** End the step with its result line. */
  finish(result: string): void;
  /** End the step without a result (it failed; the error is reported by the caller). */
  fail(): void;
}

/** Where progress goes. */
export interface Reporter {
  /** Start a step; `total` in `unit` when known. */
  step(label: string, total: number | null, unit: ProgressUnit): StepProgress;
  /** A line of information. */
  info(message: string): void;
  /** Stop drawing (before printing errors or the summary). */
  close(): void;
}

/** Format a count with thousands separators. */
export const formatCount = (n: number) => n.toLocaleString('en-US');
/** Format a byte count. */
export const formatBytes = (n: number) =>
  n >= 1 << 30 ? `${(n / (1 << 30)).toFixed(2)} GiB` : n >= 1 << 20 ? `${(n / (1 << 20)).toFixed(1)} MiB` : `${(n / 1024).toFixed(0)} KiB`;
/** Format milliseconds. */
export const formatDuration = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`);

const NOOP_STEP: StepProgress = { update() {}, finish() {}, fail() {} };

/** A reporter that prints nothing. */
export const silentReporter: Reporter = { step: () => NOOP_STEP, info() {}, close() {} };

/** Plain lines: for logs and CI. */
export function plainReporter(write: (line: string) => void = (l) => process.stderr.write(l + '\n')): Reporter {
  return {
    step(label) {
      write(`${label} …`);
      return { update() {}, finish: (result) => write(`${label}: ${result}`), fail() {} };
    },
    info: write,
    close() {},
  };
}

/** Progress bars on a terminal. */
export function ttyReporter(stream: NodeJS.WriteStream = process.stderr): Reporter {
  const bars = new MultiBar({ stream, hideCursor: true, clearOnComplete: false, fps: 8, autopadding: true, emptyOnZero: true });
  return {
    step(label, total, unit) {
      const started = Date.now();
      const show = (n: number) => (unit === 'bytes' ? formatBytes(n) : formatCount(n));
      const format =
        total !== null
          ? `{label} [{bar}] {percentage}% | {done}/{all} | {items} docs | {rate} docs/s`
          : `{label} {done} | {items} docs | {rate} docs/s`;
      const payload = (done: number, items: number) => ({
        label,
        done: show(done),
        all: total === null ? '' : show(total),
        items: formatCount(items),
        rate: formatCount(Math.round(items / Math.max((Date.now() - started) / 1000, 0.001))),
      });
      const bar: SingleBar = bars.create(total ?? 1, 0, payload(0, 0), { format });
      return {
        update(done, items) {
          bar.update(total === null ? 0 : Math.min(done, total), payload(done, items));
        },
        finish(result) {
          bars.remove(bar);
          bars.log(`${label}: ${result}\n`);
        },
        fail() {
          bars.remove(bar);
        },
      };
    },
    info(message) {
      bars.log(`${message}\n`);
    },
    close() {
      bars.stop();
    },
  };
}

/** Bars on a terminal, plain lines elsewhere. */
export function defaultReporter(): Reporter {
  return process.stderr.isTTY ? ttyReporter() : plainReporter();
}
