// The one place that says which Chromium the tests, the reliability checks and the screenshot
// script drive. Playwright's own browser download fails on these machines, so the system's is used:
// Debian's headless shell first (measured on two e2e specs: 33 s of browser CPU against 86 s for the
// full browser in headless mode, and the suite is bound by CPU on 2 cores), then the full browser.
// PLAYWRIGHT_CHROMIUM_EXECUTABLE overrides both.
import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium-headless-shell', '/usr/bin/chromium'];

export const CHROMIUM_EXECUTABLE: string | undefined =
  process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE ?? CANDIDATES.find((file) => existsSync(file));

/** No sandbox (containers run as root) and none of the background traffic this closed network refuses. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
