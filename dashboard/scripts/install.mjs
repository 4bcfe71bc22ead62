// Runs `npm ci` unless node_modules was already installed from the current package.json and package-lock.json,
// so a rebuild does not reinstall (the Maven build runs this before `npm run build`).
import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';

const installed = 'node_modules/.package-lock.json';
const newer = (file) => statSync(file).mtimeMs > statSync(installed).mtimeMs;

if (!existsSync(installed) || newer('package-lock.json') || newer('package.json')) {
  execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { stdio: 'inherit' });
}
