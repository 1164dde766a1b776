/**
 * `npm test`: lint and type-check (beside everything else), unit tests, a
 * fresh production build when the sources changed since the last one, then
 * the browser tests against it in Debian's Chromium. Prints one closing line with the counts.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { requireChromium } from './chromium.mjs';

const started = performance.now();

function run(label, command, args) {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  if (result.status !== 0) {
    console.error(`\n✖ ${label} failed.`);
    console.log(`\ntests: 0 passed, 1 failed`);
    process.exit(result.status ?? 1);
  }
}

function newest(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
}

function counts(file) {
  const report = JSON.parse(readFileSync(file, 'utf8'));
  return { passed: report.numPassedTests, failed: report.numFailedTests };
}

requireChromium();
mkdirSync('.audit', { recursive: true });
// Lint and types (one core: prettier, eslint, then tsc) run beside the unit tests, the build and the browser tests; lint's output is held until they end.
const lint = new Promise((done) => {
  const child = spawn('npm', ['run', '--silent', 'lint'], { env: process.env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  child.on('close', (status) => done({ status, output }));
});
run('unit tests (lint and types beside them)', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=.audit/unit.json']);

const stamp = 'dist/.built';
const sources = Math.max(...['src', 'content', 'public', 'scripts', 'index.html', 'embed.html', 'vite.config.ts', 'package-lock.json'].map(newest));
if (!existsSync(stamp) || newest(stamp) < sources) {
  run('production build', 'npm', ['run', '--silent', 'build']);
  writeFileSync(stamp, new Date().toISOString());
} else {
  console.log('\n▶ production build is up to date');
}
run('browser tests', 'npx', [
  'vitest',
  'run',
  '--config',
  'vitest.browser.config.ts',
  '--reporter=default',
  '--reporter=json',
  '--outputFile.json=.audit/browser.json',
]);

// Lint runs on while the build and the browser tests do (waiting for it cost 20 s of an idle core); its verdict is read here.
const linted = await lint;
console.log('\n▶ lint and types');
if (linted.output.trim()) console.log(linted.output.trim());
if (linted.status !== 0) {
  console.error('\n✖ lint and types failed.');
  console.log('\ntests: 0 passed, 1 failed');
  process.exit(linted.status ?? 1);
}

const unit = counts('.audit/unit.json');
const browser = counts('.audit/browser.json');
const seconds = ((performance.now() - started) / 1000).toFixed(0);
console.log(`\nunit ${unit.passed} passed, browser ${browser.passed} passed, in ${seconds} s`);
console.log(`tests: ${unit.passed + browser.passed} passed, ${unit.failed + browser.failed} failed`);
