# Shared shell helpers for scripts/start.sh and scripts/test.sh (sourced, not run).
# They must work on a fresh clone, before node_modules exists, so they are plain bash.

# Nothing may reach the internet at build or run time: no Next.js telemetry.
export NEXT_TELEMETRY_DISABLED=1

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

# Node.js 20.9+ is the one thing we cannot install for the user (Debian 12's own nodejs is 18).
NODE_HINT="install Node.js 20 or newer from https://nodejs.org (or https://github.com/nodesource/distributions)"
require_node() {
  command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1 || die "Node.js 20.9 or newer and npm are required: $NODE_HINT."
  node -e 'const [a,b]=process.versions.node.split(".").map(Number); process.exit(a>20||(a===20&&b>=9)?0:1)' \
    || die "Node.js 20.9 or newer is required; this is $(node --version): $NODE_HINT."
}

# Install npm dependencies when node_modules is missing or package-lock.json changed since the
# last install (a stamp inside node_modules remembers the lock file's hash), so a second run
# costs nothing.
ensure_node_modules() {
  local want have=""
  want=$(sha256sum package-lock.json | cut -d' ' -f1)
  [ -f node_modules/.install-stamp ] && have=$(cat node_modules/.install-stamp)
  if [ "$want" != "$have" ]; then
    say "Installing dependencies (npm ci; better-sqlite3 compiles from source, about a minute)"
    npm ci --no-audit --no-fund || die "npm ci failed (see above)."
    echo "$want" > node_modules/.install-stamp
  fi
}

# Hash of everything that goes into `next build`, so a rebuild happens only when it changed.
site_sources_hash() {
  git ls-files -z --cached --others --exclude-standard -- app components lib core public \
      next.config.ts postcss.config.mjs proxy.ts instrumentation.ts tsconfig.json package-lock.json 2>/dev/null \
    | sort -z | xargs -0 sha256sum 2>/dev/null | sha256sum | cut -d' ' -f1
}

# `next build` unless the last build was made from the same sources.
ensure_build() {
  local want have=""
  want=$(site_sources_hash)
  [ -f .next/.build-stamp ] && have=$(cat .next/.build-stamp)
  if [ "$want" != "$have" ] || [ ! -f .next/BUILD_ID ]; then
    say "Building the site (next build)"
    npx next build || die "next build failed (see above)."
    echo "$want" > .next/.build-stamp
  fi
}
