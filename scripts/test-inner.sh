#!/usr/bin/env bash
# Runs inside scripts/elasticsearch.ts (ELASTICSEARCH_NODES is set): vitest, then Playwright.
# Each writes a JSON report and its exit code to test-results/ for scripts/test-summary.mjs
# (the exit code catches failures a report has no test for: hooks, unhandled errors).
set -uo pipefail
cd "$(dirname "$0")/.."
npx vitest run --reporter=default --reporter=json --outputFile.json=test-results/vitest.json
vitest=$?
echo "$vitest" > test-results/vitest.exit
PLAYWRIGHT_JSON_OUTPUT_FILE=test-results/playwright.json npx playwright test --reporter=list,json
playwright=$?
echo "$playwright" > test-results/playwright.exit
[ "$vitest" = 0 ] && [ "$playwright" = 0 ]
