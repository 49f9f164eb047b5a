#!/usr/bin/env bash
# Every test, the way CI runs it (`npm run test:all`):
#   0. the pure pipeline compiles without DOM or Node types (tsconfig.pure.json); npm run lint (Biome: lint rules and formatting)
#   1. npm run pipeline   → public/data (districts, timeline)
#   2. vite build          → dist/ (public/data is copied to dist/data)
#   3. unit + jsdom tests  (vite.config.ts; tests/browser/* skip themselves there)
#   4. browser tests       (vitest.browser.config.ts: Chromium against `vite preview` of dist/)
# Everything here is CPU-bound and the machine has two cores: the unit tests (which need neither
# the pipeline's output nor the build) start at once, beside the compiler and beside
# lint → pipeline → build → browser tests, so that no core waits for a step it does not need.
# A step run beside another writes to a log, printed whole when it ends, and each step's time is
# printed with the load. Then one closing line, `N passed, N failed`, from vitest's JSON reports.
# It keeps going after a failure, so the summary covers everything that could run.
set -uo pipefail
cd "$(dirname "$0")/.."
export TZ=UTC

REPORTS=.tmp/reports
rm -rf "$REPORTS"
mkdir -p "$REPORTS"
failed_steps=0
load() { cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || uptime; }
started=$SECONDS

# A step that is not a test run (pipeline, build): a failure counts as one failure (and returns 1).
step() {
  local t0=$SECONDS status=0
  echo "── $*"
  "$@" || status=$?
  if [ "$status" != 0 ]; then
    echo "✗ step failed: $*"
    failed_steps=$((failed_steps + 1))
  fi
  echo "   ($((SECONDS - t0)) s, load $(load))"
  return $((status != 0))
}

# A vitest run: its failures are read from its JSON report, so its exit code is not counted here.
tests() {
  local report=$1
  shift
  local t0=$SECONDS
  echo "── vitest run $*"
  node node_modules/vitest/vitest.mjs run "$@" \
    --reporter=default --reporter=json --outputFile.json="$report" || true
  echo "   ($((SECONDS - t0)) s, load $(load))"
}

# Runs `$2…` in the background, its output to the log $1; `finish` waits for that job and prints
# its log. A failed background step counts as one failure, read from the status beside its log.
declare -A jobs
background() {
  local log=$1
  shift
  ("$@" >"$log" 2>&1; echo $? >"$log.status") &
  jobs[$log]=$!
}
finish() {
  local log=$1
  wait "${jobs[$log]}"
  cat "$log"
  if [ "$(cat "$log.status" 2>/dev/null || echo 1)" != 0 ]; then failed_steps=$((failed_steps + 1)); fi
}

background "$REPORTS/unit.log" tests "$REPORTS/unit.json"
background "$REPORTS/typecheck.log" step node node_modules/typescript/bin/tsc -p tsconfig.pure.json --noEmit
background "$REPORTS/lint.log" step node node_modules/@biomejs/biome/bin/biome check
step node --import tsx src/cli/pipeline.ts # npm run pipeline, without npm's own start-up
rm -rf dist
step node node_modules/vite/bin/vite.js build
finish "$REPORTS/typecheck.log"
finish "$REPORTS/lint.log"
tests "$REPORTS/browser.json" --config vitest.browser.config.ts
finish "$REPORTS/unit.log"

echo "── test:all took $((SECONDS - started)) s (load $(load))"
node scripts/test-summary.mjs --failed-steps "$failed_steps" "$REPORTS/unit.json" "$REPORTS/browser.json"
