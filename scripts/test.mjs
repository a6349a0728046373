// `npm test`: unit tests, then a fresh build of the whole site, then the tests that run against it in Chromium.
import { spawnSync } from 'node:child_process';

const run = (cmd, args) => {
  console.log(`\n> ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', shell: false });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

run('npx', ['vitest', 'run', '--project', 'unit']);
run('npm', ['run', 'build']);
run('npx', ['vitest', 'run', '--project', 'site']);
