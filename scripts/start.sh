#!/usr/bin/env bash
# Quick start: install, build, index the shipped channels into the embedded engine, serve on
# http://localhost:${PORT:-3000}. Every step is skipped when its inputs did not change, so a
# second run starts in seconds.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh

require_node
ensure_node_modules
ensure_build
say "Indexing channels from channels.json (reused when unchanged)"
npm run --silent index -- update || die "indexing failed (see above)."
say "Serving on http://localhost:${PORT:-3000}"
exec node --import tsx scripts/serve.ts --port "${PORT:-3000}"
