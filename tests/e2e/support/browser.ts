import { existsSync } from 'node:fs'

import { type Browser, chromium, type Page } from 'playwright-core'

/** Debian's Chromium (apt-get install chromium); CHROMIUM_PATH overrides. */
export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean)
  const found = candidates.find((candidate) => existsSync(candidate as string))
  if (!found) throw new Error('Chromium not found: run `apt-get install -y chromium` or set CHROMIUM_PATH.')
  return found as string
}

export function launchBrowser(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      ...extraArgs,
    ],
  })
}

/** The running site under test (`npm start` or `npm run dev`). */
/** A desktop Chrome's user agent: headless Chromium says "Headless", which insights count as a bot. */
export const visitorUserAgent =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36'

export const baseUrl = (process.env.E2E_BASE_URL || 'http://localhost:3000').replace(/\/+$/, '')

export function adminCredentials(): { email: string; password: string } {
  const email = process.env.ADMIN_EMAIL
  const password = process.env.ADMIN_PASSWORD
  if (!email || !password)
    throw new Error('Set ADMIN_EMAIL and ADMIN_PASSWORD to the admin the server was seeded with.')
  return { email, password }
}

/** Signs in through the admin's login form, as a person would (as the admin unless told otherwise). */
export async function signInToAdmin(page: Page, { email, password } = adminCredentials()): Promise<void> {
  await page.goto(`${baseUrl}/admin/login`)
  await page.locator('input[name="email"]').fill(email)
  await page.locator('input[name="password"]').fill(password)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL((url) => !url.pathname.endsWith('/login'), { timeout: 60_000 })
}
