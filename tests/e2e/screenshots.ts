/**
 * Screenshots of the main page types for a human look (not a test):
 *   npx tsx tests/e2e/screenshots.ts   (with the e2e server running on port 3200, or E2E_PORT)
 * Writes /tmp/shots/site-*.png.
 */
import fs from 'node:fs'
import { chromium } from '@playwright/test'

import { E2E_BASE_URL } from './env'

const out = process.env.SHOTS_DIR ?? '/tmp/shots'
// SHOTS=figures,compare takes only those.
const only = process.env.SHOTS?.split(',')
fs.mkdirSync(out, { recursive: true })
const browser = await chromium.launch({
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
})
const shots = [
  ['home', ''],
  ['search', '/search?q=microcredit&type=practice&country=BE'],
  ['pilot', '/pilots/microstart-project'],
  ['practice', '/practices/access-to-microcredit-for-migrant-entrepreneurs'],
  ['figures', '/figures'],
  ['compare', '/compare?pilot=microstart-project&pilot=smile&pilot=empower&pilot=qredits-project&compare=1'],
] as const
// SHOT_WIDTHS=1280,390 chooses the viewport widths (the first without a suffix in the file name).
const widths = (process.env.SHOT_WIDTHS ?? '1280,360').split(',').map(Number)
for (const [width, suffix] of widths.map((width, index) => [width, index === 0 ? '' : `-${width}`] as const)) {
  const context = await browser.newContext({ viewport: { width, height: 900 } })
  const page = await context.newPage()
  for (const locale of ['en', 'fr']) {
    for (const [name, path] of shots.filter(([name]) => !only || only.includes(name))) {
      await page.goto(`${E2E_BASE_URL}/${locale}${path}`)
      const file = `${out}/site-${name}-${locale}${suffix}.png`
      await page.screenshot({ path: file, fullPage: true })
      console.log(file)
    }
  }
  await context.close()
}
await browser.close()
