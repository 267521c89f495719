import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_EXECUTABLE } from './e2e/support/chromium';

const freePort = () =>
  execFileSync(process.execPath, [
    '-e',
    "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})",
  ])
    .toString()
    .trim();
// Chosen once in the main process; workers inherit them through the environment.
process.env.E2E_PORT ??= freePort();
process.env.E2E_DATABASE_PATH ??= path.resolve('.e2e', `run-${Date.now()}`, 'taiyaku.db');
// The test SMTP server (e2e/support/mail-setup.ts) and the folder where it writes what it receives.
process.env.E2E_SMTP_PORT ??= freePort();
process.env.E2E_MAIL_DIR ??= path.join(path.dirname(process.env.E2E_DATABASE_PATH), 'smtp');

// Test workers that use the query layer (to arrange data) open the server's throwaway database.
process.env.DATABASE_PATH = process.env.E2E_DATABASE_PATH;

const port = process.env.E2E_PORT;
const distDir = process.env.E2E_DIST_DIR ?? '.next-e2e';
const reuseBuild =
  process.env.E2E_REUSE_BUILD === '1' && existsSync(path.join(distDir, 'BUILD_ID'));

const browser = {
  ...devices['Desktop Chrome'],
  launchOptions: { executablePath: CHROMIUM_EXECUTABLE, args: CHROMIUM_ARGS },
};

export default defineConfig({
  testDir: './e2e',
  testMatch: '**/*.spec.ts',
  // Time limits only catch a hung test: with four workers sharing 2 cores a page can take a while,
  // and a slow machine must not fail a test whose behaviour is right.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  // With two workers the cores sat idle while tests waited on pages; four keep both busy (measured
  // on 2 cores with the build: 2 workers 13.4 min, 4 workers 7.3 min, then 5.7 without traces).
  workers: 4,
  retries: 0,
  reporter: [['list']],
  globalSetup: './e2e/support/mail-setup.ts',
  use: {
    baseURL: `http://localhost:${port}`,
    // No traces: recording one for every test cost a quarter of the suite's CPU. On a failure,
    // error-context.md and the screenshot show the page; `--trace on` records traces when needed.
    trace: 'off',
    screenshot: 'only-on-failure',
  },
  // A project's `use` replaces the top-level launchOptions as a whole, so the browser's options
  // live here, once: the system Chromium, and no background traffic this closed network refuses.
  // Specs named *.blog-wide.spec.ts change a setting every page shows (the footer style): they run
  // alone, after every other spec, so no parallel test sees the blog in a state it did not set.
  projects: [
    {
      name: 'chromium',
      testIgnore: '**/*.blog-wide.spec.ts',
      use: browser,
    },
    {
      name: 'blog-wide',
      testMatch: '**/*.blog-wide.spec.ts',
      dependencies: ['chromium'],
      // One at a time: each saves the settings form whole, so two such files in parallel would
      // overwrite each other's choice (a reading face reset by the footer test's save).
      workers: 1,
      fullyParallel: false,
      use: browser,
    },
  ],
  webServer: {
    // A production build and server on a throwaway database, prepared fresh for every run.
    // E2E_REUSE_BUILD=1 (npm test, after its one build) serves the build already in the dist dir.
    command: `${reuseBuild ? '' : 'npm run build && '}tsx --conditions=react-server e2e/support/prepare-db.ts && node serving/serve.mjs -H 127.0.0.1 -p ${port}`,
    url: `http://localhost:${port}/en`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      DATABASE_PATH: process.env.E2E_DATABASE_PATH,
      // Absolute links (feeds, sitemap, og:image) are built from this, never from the Host header.
      SITE_URL: `http://localhost:${port}`,
      NEXT_DIST_DIR: distDir,
      NEXT_TELEMETRY_DISABLED: '1',
      NEXT_SKIP_TYPECHECK: '1',
      // Tests choose their client address with X-Forwarded-For, so rate limits stay per test.
      TRUST_PROXY: '1',
      // Mail goes to the in-process test SMTP server; tests read what it received.
      SMTP_URL: `smtp://127.0.0.1:${process.env.E2E_SMTP_PORT}`,
      MAIL_FROM: 'Taiyaku e2e <blog@taiyaku.test>',
      NODE_OPTIONS: '',
      // The import's media copy fetches from a server the test starts on 127.0.0.1.
      IMPORT_MEDIA_ALLOW_PRIVATE: '1',
      // The page cache's start-up check of Next's internals stops the server when it fails.
      PAGE_CACHE_CONTRACT: 'strict',
      // Two server processes (node:cluster), as `npm start` runs on a 2-core machine.
      WEB_CONCURRENCY: '2',
    },
  },
});
