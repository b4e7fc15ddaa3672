// The browser end-to-end tests (e2e/*.e2e.mjs) on @playwright/test, driving the machine's Chromium
// (Debian's /usr/bin/chromium: no browser is downloaded) against the packaged app with the demo data.
// See docs/testing.md and docs/adr/0460-browser-tests-on-playwright-test.md.
//
//   E2E_BASE_URL=http://localhost:8080 E2E_ARTIFACTS=/tmp/e2e npx playwright test [file or -g title]
import { join, resolve } from 'node:path';
import { defineConfig } from '@playwright/test';
import { CHROMIUM, CHROMIUM_ARGS } from './e2e/support.mjs';

const ARTIFACTS = resolve(process.env.E2E_ARTIFACTS ?? 'target/e2e');

export default defineConfig({
  testDir: 'e2e',
  testMatch: '*.e2e.mjs',
  // One app with one demo data set, shared by every file and by the other engineers' runs on a
  // 2-core machine: one test at a time, files in name order (later files read what earlier ones did).
  workers: 1,
  fullyParallel: false,
  // A browser test that fails has left the shared demo data half-changed: a retry would test another
  // scene and could hide a real fault (ADR 0460).
  retries: 0,
  forbidOnly: !!process.env.CI,
  // Some tests wait for the demo data loaded in the background after start-up (up to 10 minutes on a
  // loaded machine); they raise their own limit. The others get 4 minutes.
  timeout: 4 * 60_000,
  expect: { timeout: 30_000 },
  outputDir: join(ARTIFACTS, 'results'),
  reporter: [
    ['list'],
    ['html', { outputFolder: join(ARTIFACTS, 'report'), open: 'never' }],
    ['junit', { outputFile: join(ARTIFACTS, 'junit.xml') }],
  ],
  use: {
    baseURL: (process.env.E2E_BASE_URL ?? 'http://localhost:8080').replace(/\/$/, ''),
    browserName: 'chromium',
    headless: true,
    viewport: { width: 1280, height: 800 },
    locale: 'vi-VN',
    acceptDownloads: true,
    actionTimeout: 30_000,
    navigationTimeout: 30_000,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: CHROMIUM,
      args: ['--headless', ...CHROMIUM_ARGS],
    },
  },
});
