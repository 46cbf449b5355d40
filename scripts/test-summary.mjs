// Prints the one summary line of the test command from the vitest and Playwright JSON reports
// (test-results/) and the named checks given as arguments ("typecheck:pass", "lint:fail").
// Exits 1 when anything failed or a report is missing (a runner that crashed counts as a failure).
import { existsSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
let skipped = 0;
const problems = [];

for (const check of process.argv.slice(2)) {
  const [name, result] = check.split(':');
  if (result === 'pass') {
    passed++;
  } else {
    failed++;
    problems.push(`${name} failed`);
  }
}

const read = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null);
/** The runner's exit code as test-inner.sh recorded it (null when it did not run). */
const exitCode = (file) => (existsSync(file) ? Number(readFileSync(file, 'utf8').trim()) : null);
/** A runner that exited non-zero with no failure in its report still failed (a hook, an unhandled error). */
function failedOutsideTests(runner, countedFailures, code) {
  if (code !== null && code !== 0 && countedFailures === 0) {
    failed++;
    problems.push(`${runner} exited with code ${code} outside any test`);
  }
}

const vitest = read('test-results/vitest.json');
if (vitest) {
  const before = failed;
  passed += vitest.numPassedTests;
  failed += vitest.numFailedTests;
  skipped += vitest.numPendingTests + vitest.numTodoTests;
  // A test file that failed without a failed test (it did not load, or a beforeAll threw and
  // its tests were marked skipped) is a failure.
  const broken = vitest.testResults.filter((f) => f.status === 'failed' && !f.assertionResults.some((a) => a.status === 'failed'));
  failed += broken.length;
  for (const f of broken) problems.push(`vitest could not run ${f.name}${f.message ? `: ${f.message.split('\n')[0]}` : ''}`);
  failedOutsideTests('vitest', failed - before, exitCode('test-results/vitest.exit'));
} else {
  failed++;
  problems.push('vitest produced no report');
}

const pw = read('test-results/playwright.json');
if (pw) {
  const before = failed;
  passed += pw.stats.expected + pw.stats.flaky;
  failed += pw.stats.unexpected;
  skipped += pw.stats.skipped;
  if (pw.errors?.length) {
    // Errors outside tests (a web server that did not start, a crashed worker).
    failed += pw.errors.length;
    problems.push(...pw.errors.map((e) => `playwright: ${e.message?.split('\n')[0]}`));
  }
  failedOutsideTests('playwright', failed - before, exitCode('test-results/playwright.exit'));
} else {
  failed++;
  problems.push('playwright produced no report');
}

for (const p of problems) console.log(`  - ${p}`);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 ? 1 : 0);
