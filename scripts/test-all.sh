#!/usr/bin/env bash
# Every test, the way CI runs it (`npm run test:all`):
#   0. the pure pipeline compiles without DOM or Node types (tsconfig.pure.json); npm run lint (Biome)
#   1. npm run pipeline   → public/data (districts, timeline)
#   2. vite build          → dist/ (public/data is copied to dist/data)
#   3. unit + jsdom tests  (vite.config.ts; tests/browser/* skip themselves there)
#   4. browser tests       (vitest.browser.config.ts: Chromium against `vite preview` of dist/)
# Then prints one closing line, `N passed, N failed`, from vitest's JSON reports.
# It keeps going after a failure, so the summary covers everything that could run.
set -uo pipefail
cd "$(dirname "$0")/.."
export TZ=UTC

REPORTS=.tmp/reports
rm -rf "$REPORTS"
mkdir -p "$REPORTS"
failed_steps=0

# A step that is not a test run (pipeline, build): a failure counts as one failure.
step() {
  echo "── $*"
  if ! "$@"; then
    echo "✗ step failed: $*"
    failed_steps=$((failed_steps + 1))
  fi
}

# A vitest run: its failures are read from its JSON report, so its exit code is not counted here.
tests() {
  local report=$1
  shift
  echo "── vitest run $*"
  node node_modules/vitest/vitest.mjs run "$@" \
    --reporter=default --reporter=json --outputFile.json="$report" || true
}

step node node_modules/typescript/bin/tsc -p tsconfig.pure.json --noEmit
step node node_modules/@biomejs/biome/bin/biome lint
step npm run --silent pipeline
rm -rf dist
step node node_modules/vite/bin/vite.js build
tests "$REPORTS/unit.json"
tests "$REPORTS/browser.json" --config vitest.browser.config.ts

node scripts/test-summary.mjs --failed-steps "$failed_steps" "$REPORTS/unit.json" "$REPORTS/browser.json"
