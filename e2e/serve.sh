#!/usr/bin/env bash
# Playwright's main web server: build the site when its sources changed (same stamp as
# `npm start`), index the e2e channels (e2e/channels.json: nixos-24.11 with Home Manager,
# nixos-20.09, and the injection fixture) into .data/e2e — reused when unchanged — then
# serve the production build on 127.0.0.1:<port>.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh
port="${1:?usage: e2e/serve.sh <port>}"
ensure_build
npm run --silent index -- update
exec node node_modules/next/dist/bin/next start -p "$port" -H 127.0.0.1
