#!/usr/bin/env bash
# Runs inside scripts/elasticsearch.ts (ELASTICSEARCH_NODES is set): vitest, then Playwright.
# Each writes a JSON report to test-results/ for scripts/test-summary.mjs.
set -uo pipefail
cd "$(dirname "$0")/.."
status=0
npx vitest run --reporter=default --reporter=json --outputFile.json=test-results/vitest.json || status=1
PLAYWRIGHT_JSON_OUTPUT_FILE=test-results/playwright.json npx playwright test --reporter=list,json || status=1
exit $status
