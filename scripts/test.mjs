// `npm test`: the type check (astro check, strict TypeScript), ESLint, unit tests, then a fresh build of the whole site, then the tests that run against it in Chromium.
// Ends with one plain summary line («N passed, N failed») over both runs.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';

mkdirSync('.tmp', { recursive: true });
const totals = { passed: 0, failed: 0, skipped: 0 };

function run(cmd, args) {
  console.log(`\n> ${cmd} ${args.join(' ')}`);
  return spawnSync(cmd, args, { stdio: 'inherit' }).status ?? 1;
}

function vitest(project) {
  const out = `.tmp/vitest-${project}.json`;
  rmSync(out, { force: true });
  const status = run('npx', ['vitest', 'run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile=${out}`]);
  try {
    const r = JSON.parse(readFileSync(out, 'utf8'));
    totals.passed += r.numPassedTests;
    totals.failed += r.numFailedTests + (r.numTotalTestSuites && !r.success && r.numFailedTests === 0 ? 1 : 0);
    totals.skipped += r.numPendingTests + r.numTodoTests;
  } catch {
    totals.failed += 1;
  }
  return status;
}

function finish(code) {
  console.log(`\n${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
  process.exit(code);
}

if (run('npx', ['astro', 'check']) !== 0) { totals.failed += 1; finish(1); }
if (run('npx', ['eslint', '.']) !== 0) { totals.failed += 1; finish(1); }
if (vitest('unit') !== 0) finish(1);
if (run('npm', ['run', 'build']) !== 0) { totals.failed += 1; finish(1); }
finish(vitest('site') === 0 ? 0 : 1);
