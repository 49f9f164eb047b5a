// Reads vitest JSON reports and prints the closing line CI looks for: `N passed, N failed`.
// Usage: node scripts/test-summary.mjs [--failed-steps N] report.json…
// A missing report, or a test file that failed without a failing test (an import error, a
// failing beforeAll), counts as one failure; so does each failed non-test step (pipeline, build).
// Exits non-zero if anything failed or if no test ran.
import { existsSync, readFileSync } from 'node:fs';

const args = process.argv.slice(2);
let failed = 0;
let passed = 0;
const stepsAt = args.indexOf('--failed-steps');
if (stepsAt >= 0) failed += Number(args.splice(stepsAt, 2)[1] ?? 0);

for (const file of args) {
  if (!existsSync(file)) {
    console.log(`test-summary: ${file} was not written (the run crashed before reporting)`);
    failed += 1;
    continue;
  }
  const report = JSON.parse(readFileSync(file, 'utf8'));
  passed += report.numPassedTests ?? 0;
  failed += report.numFailedTests ?? 0;
  for (const suite of report.testResults ?? []) {
    const failedTests = (suite.assertionResults ?? []).filter((t) => t.status === 'failed').length;
    if (suite.status === 'failed' && failedTests === 0) {
      const why = (suite.message ?? '').split('\n')[0] || 'an error in a hook or at import; see the vitest output above';
      console.log(`test-summary: ${suite.name} failed outside any test (${why})`);
      failed += 1;
    }
  }
}

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
