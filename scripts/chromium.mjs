/** Where Debian's Chromium is (or CHROME_PATH), and the flags this machine needs. */
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** The Chromium binary to drive, or undefined when none is installed. */
export function findChromium() {
  if (process.env.CHROME_PATH) return existsSync(process.env.CHROME_PATH) ? process.env.CHROME_PATH : undefined;
  for (const candidate of ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']) if (existsSync(candidate)) return candidate;
  try {
    return execFileSync('sh', ['-c', 'command -v chromium'], { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
}

/**
 * The Chromium for the browser tests: CHROME_PATH, else Debian's old headless
 * shell (package chromium-headless-shell, the same Blink and V8 without the
 * full browser around them: what Playwright itself runs for headless tests,
 * and a fifth less CPU on this machine), else the full Chromium. The audit's
 * measurements (Lighthouse, scrubbing) stay on the full browser.
 */
export function findTestChromium() {
  if (!process.env.CHROME_PATH && existsSync('/usr/bin/chromium-headless-shell')) return '/usr/bin/chromium-headless-shell';
  return findChromium();
}

/** Exit with instructions when there is no Chromium. */
export function requireChromium() {
  const path = findChromium();
  if (path) return path;
  console.error(
    [
      'No Chromium found for the browser tests.',
      '  On Debian or Ubuntu:  sudo apt-get update && sudo apt-get install -y chromium',
      '  Or point CHROME_PATH at an installed Chrome or Chromium:  CHROME_PATH=/path/to/chrome npm test',
      '(Do not run `npx playwright install`: the tests use playwright-core with the system browser.)',
    ].join('\n'),
  );
  process.exit(1);
}
