import { defineConfig } from '@playwright/test'

import baseConfig from './playwright.config'

/**
 * The development server's own test (tests/dev): `npm run dev` on DEV_PORT (3100 unless told)
 * with a fresh seeded database, its SERVER_URL at localhost, the pages opened at 127.0.0.1.
 * `npm run test:dev-server`. The first compile of the admin takes minutes on two cores.
 */
const port = Number(process.env.DEV_PORT ?? 3100)

export default defineConfig({
  ...baseConfig,
  testDir: 'tests/dev',
  timeout: 900_000,
  expect: { timeout: 300_000 },
  use: { ...baseConfig.use, baseURL: `http://127.0.0.1:${port}` },
  webServer: {
    command: 'npx tsx tests/e2e/serve.ts dev',
    url: `http://localhost:${port}/api/health`,
    env: { E2E_PORT: String(port) },
    timeout: 900_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    stderr: 'pipe',
    gracefulShutdown: { signal: 'SIGTERM', timeout: 15_000 },
  },
})
