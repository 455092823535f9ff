import { defineConfig } from '@playwright/test';
import path from 'node:path';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './src/support/chromium';

// The global setup starts a complete eCampus (fresh database, demo seed, api + worker on a free
// port) and publishes its address in E2E_BASE_URL; worker processes inherit it and read this file
// again, so baseURL is right where tests run. Set E2E_BASE_URL yourself to test a running server.
const root = path.resolve(__dirname, '../..');

export default defineConfig({
  testDir: './src',
  testMatch: '**/*.spec.ts',
  outputDir: path.join(root, 'tmp/playwright/test-results'),
  globalSetup: require.resolve('./global-setup'),
  globalTeardown: require.resolve('./global-teardown'),
  // One server, one database: tests of a journey share state, so they run one after another.
  workers: 1,
  fullyParallel: false,
  retries: 0,
  forbidOnly: !!process.env['CI'],
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL: process.env['E2E_BASE_URL'],
    locale: 'de-DE',
    trace: 'off',
    screenshot: 'only-on-failure',
    video: 'off',
    // A click that cannot happen fails at its own line, not at the end of a long journey.
    actionTimeout: 15_000,
    browserName: 'chromium',
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
  },
});
