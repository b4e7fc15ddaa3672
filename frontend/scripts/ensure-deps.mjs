// Runs `npm ci` only when package-lock.json changed since the last install,
// so repeated Maven builds do not reinstall node_modules every time.
import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const mtime = (file) => {
  try {
    return statSync(join(root, file)).mtimeMs;
  } catch {
    return -1;
  }
};

const installed = mtime('node_modules/.package-lock.json');
const locked = mtime('package-lock.json');
if (locked < 0) {
  console.error('package-lock.json is missing: run `npm install` once and commit the lock file.');
  process.exit(1);
}
if (installed > locked) {
  console.log('node_modules is up to date with package-lock.json; skipping npm ci.');
  process.exit(0);
}

console.log('Installing dependencies with npm ci ...');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const result = spawnSync(npm, ['ci', '--no-audit', '--no-fund'], {
  cwd: root,
  stdio: 'inherit',
  shell: process.platform === 'win32',
});
process.exit(result.status ?? 1);
