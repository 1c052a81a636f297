import { defineConfig } from '@playwright/test'

import { E2E_BASE_URL } from './tests/e2e/env'

/**
 * End-to-end tests of the public site with Debian's Chromium, against `next build` +
 * `next start` on a freshly seeded embedded database (tests/e2e/serve.ts).
 */
export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: E2E_BASE_URL,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    command: 'npx tsx tests/e2e/serve.ts',
    url: `${E2E_BASE_URL}/en`,
    // The build (when needed) takes a few minutes on two quiet cores and over ten on busy ones;
    // seeding a few seconds.
    timeout: 1_200_000,
    reuseExistingServer: !process.env.CI,
    stdout: 'pipe',
    stderr: 'pipe',
    gracefulShutdown: { signal: 'SIGTERM', timeout: 15_000 },
  },
})
