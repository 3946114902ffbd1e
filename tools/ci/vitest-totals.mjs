// Sums vitest's JSON reports (test-results/vitest.json, and vitest-browser.json) of every workspace package into one line: "N passed, N failed".
// Exits non-zero when a test failed or a package that has tests wrote no report.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const packageDirs = [
  path.join(root, 'tools'),
  ...['apps', 'packages'].flatMap((group) =>
    readdirSync(path.join(root, group), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => path.join(root, group, d.name)),
  ),
];

let passed = 0;
let failed = 0;
let missing = 0;
for (const dir of packageDirs) {
  const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
  if (!pkg.scripts?.test) continue;
  // vitest.json from every package with tests; vitest-browser.json too from a package whose
  // test script runs browser tests (apps/web: test:browser).
  const reports = ['vitest.json'];
  if (pkg.scripts['test:browser']) reports.push('vitest-browser.json');
  for (const name of reports) {
    const report = path.join(dir, 'test-results', name);
    if (!existsSync(report)) {
      console.error(`no ${name} report from ${path.relative(root, dir)}`);
      missing += 1;
      continue;
    }
    const result = JSON.parse(readFileSync(report, 'utf8'));
    passed += result.numPassedTests;
    failed += result.numFailedTests;
    // A suite that failed to load counts as a failure even when it had no test to report.
    failed += (result.testResults ?? []).filter(
      (s) => s.status === 'failed' && s.assertionResults.length === 0,
    ).length;
  }
}
console.log(`${passed} passed, ${failed + missing} failed`);
process.exit(failed + missing > 0 ? 1 : 0);
