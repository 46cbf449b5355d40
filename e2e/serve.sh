#!/usr/bin/env bash
# Playwright's main web server: build the site when its sources changed (same stamp as
# `npm start`), index the e2e channels (e2e/channels.json: nixos-24.11 with Home Manager,
# nixos-20.09, and the injection fixture) into .data/e2e — reused when unchanged — then
# serve the production build on 127.0.0.1:<port> with the production server (scripts/serve.ts:
# one worker process per core).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh
port="${1:?usage: e2e/serve.sh <port>}"
ensure_build
npm run --silent index -- update
exec node --import tsx scripts/serve.ts --port "$port" --hostname 127.0.0.1
