#!/usr/bin/env bash
# The whole test suite: typecheck, lint, unit + integration tests (vitest: real SQLite, real
# Nix, a real Elasticsearch node started once for the run), then Playwright end to end in
# Debian's Chromium against the production build. Ends with one line: "N passed, N failed[, N skipped]".
set -uo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh

# System packages the tests need: command → Debian package.
declare -A NEED=([nix-env]=nix-bin [nix-instantiate]=nix-bin [chromium]=chromium [java]=openjdk-17-jre-headless [mvn]=maven [unzip]=unzip [openssl]=openssl [python3]=python3 [make]=make [g++]=g++)
ensure_system_packages() {
  local missing=() cmd
  for cmd in "${!NEED[@]}"; do command -v "$cmd" >/dev/null 2>&1 || missing+=("${NEED[$cmd]}"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  mapfile -t missing < <(printf '%s\n' "${missing[@]}" | sort -u)
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    say "Installing system packages: ${missing[*]}"
    apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}" \
      || die "apt-get install failed for: ${missing[*]}"
  else
    die "missing system packages; install them with: sudo apt-get install -y ${missing[*]}"
  fi
}

require_node
ensure_system_packages
ensure_node_modules

mkdir -p test-results
rm -f test-results/*.json test-results/*.exit
checks=()
say "Typecheck (tsc)"
if npm run --silent typecheck; then checks+=(typecheck:pass); else checks+=(typecheck:fail); fi
say "Lint (eslint)"
if npm run --silent lint; then checks+=(lint:pass); else checks+=(lint:fail); fi

ensure_build

# One Elasticsearch node for the whole run (vitest and Playwright read ELASTICSEARCH_NODES);
# the provisioning script stops it and removes its data on exit, failure or Ctrl-C.
say "Unit, integration and end-to-end tests (Elasticsearch started once for the run)"
npx tsx scripts/elasticsearch.ts run -- bash scripts/test-inner.sh
inner=$?

node scripts/test-summary.mjs "${checks[@]}"
summary=$?
[ $inner -eq 0 ] && [ $summary -eq 0 ] && exit 0
exit 1
