import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { axeViolations, logIn, openBrowser, type Browser } from './support/browser'
import { startKansli, type KansliServer } from './support/server'

// Set KANSLI_E2E_SCREENSHOTS=/some/dir to keep a screenshot of every page checked.
const SHOTS = process.env.KANSLI_E2E_SCREENSHOTS

async function check(page: Page, name: string, found: Record<string, string[]>) {
  if (SHOTS) {
    mkdirSync(SHOTS, { recursive: true })
    await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true })
  }
  const v = await axeViolations(page)
  if (v.length > 0) found[name] = v
}

/** Registers two documents in a new case via POST /api/documents/upload; answers the case id. */
async function registerThroughApi(page: Page, baseUrl: string): Promise<string> {
  const me = await page.request.get(`${baseUrl}/api/auth/me`)
  const { csrfToken } = (await me.json()) as { csrfToken: string }
  const series = (await (await page.request.get(`${baseUrl}/api/series`)).json()) as {
    series: { prefix: string }[]
  }
  const upload = async (data: Record<string, unknown>) => {
    const res = await page.request.post(`${baseUrl}/api/documents/upload`, {
      headers: { 'x-csrf-token': csrfToken },
      multipart: {
        data: JSON.stringify(data),
        files: { name: 'brev.txt', mimeType: 'text/plain', buffer: Buffer.from('Hej kommunen!') },
      },
    })
    expect(res.status(), await res.text()).toBe(201)
    return (await res.json()) as { case: { id: string } }
  }
  const first = await upload({
    newCase: {
      seriesPrefix: series.series[0]?.prefix ?? 'KS',
      title: 'Ansökan om bygglov för förråd',
    },
    direction: 'incoming',
    documentDate: '2025-01-15',
    counterpartName: 'Byggbolaget i Norr AB',
    counterpartKind: 'organisation',
    description: 'Ansökan med ritningar',
  })
  await upload({
    caseId: first.case.id,
    direction: 'incoming',
    documentDate: '2025-01-20',
    counterpartName: 'Granne Grannesson',
    counterpartKind: 'person',
    description: 'Yttrande från granne om hälsa',
    confidentiality: { ground: 'OSL 26:1', protectCounterpart: true, protectDescription: true },
  })
  return first.case.id
}

function report(found: Record<string, string[]>): string {
  return Object.entries(found)
    .map(([page, v]) => `${page}:\n  ${v.join('\n  ')}`)
    .join('\n')
}

describe('accessibility (WCAG 2.1 A/AA) and keyboard use', () => {
  let server: KansliServer
  let browser: Browser

  beforeAll(async () => {
    server = await startKansli()
    browser = await openBrowser()
  })

  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  test('keyboard only: skip link, log in, reach the registration form', async () => {
    const kb = await openBrowser()
    try {
      const page = kb.page
      const active = () =>
        page.evaluate(() => {
          const el = document.activeElement
          return {
            tag: el?.tagName.toLowerCase() ?? '',
            id: el?.id ?? '',
            text: (el?.textContent ?? '').trim(),
          }
        })
      await page.goto(`${server.url}/logga-in`)
      await page.getByRole('heading', { level: 1, name: 'Logga in' }).waitFor()

      await page.keyboard.press('Tab')
      expect(await active()).toMatchObject({ tag: 'a', text: 'Hoppa till innehållet' })
      expect(await page.getByRole('link', { name: 'Hoppa till innehållet' }).isVisible()).toBe(true)
      await page.keyboard.press('Enter')
      expect(await active()).toMatchObject({ tag: 'main', id: 'innehall' })

      await page.keyboard.press('Tab')
      expect((await active()).id).toBe('username')
      await page.keyboard.type(server.admin.username)
      await page.keyboard.press('Tab')
      expect((await active()).id).toBe('password')
      await page.keyboard.type(server.admin.password)
      await page.keyboard.press('Enter')

      await page.getByRole('heading', { level: 1, name: 'Översikt' }).waitFor()
      await expect.poll(async () => (await active()).tag).toBe('h1')
      expect((await active()).text).toBe('Översikt')

      await page.keyboard.press('Tab')
      const link = await active()
      expect(link.tag).toBe('a')
      expect(link.text).toContain('Registrera handling')
      await page.keyboard.press('Enter')

      await page.getByRole('heading', { level: 1, name: 'Registrera handling' }).waitFor()
      await expect.poll(async () => (await active()).text).toBe('Registrera handling')
      await page.keyboard.press('Tab')
      const first = await active()
      expect(first.tag).toBe('input')
      expect(await page.evaluate(() => !!document.activeElement?.closest('form'))).toBe(true)
      // The description field is reachable by Tab alone.
      let reached = false
      for (let i = 0; i < 40 && !reached; i++) {
        await page.keyboard.press('Tab')
        reached = (await active()).id === 'beskrivning'
      }
      expect(reached).toBe(true)

      // Logging out by keyboard: back to the login page, told so.
      await page.getByRole('button', { name: 'Logga ut' }).focus()
      await page.keyboard.press('Enter')
      await page.getByText('Du är utloggad.').waitFor()
      expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Logga in')
    } finally {
      await kb.close()
    }
  })

  test('axe finds no violations on the staff pages, the public pages and the forms with errors', async () => {
    const page = browser.page
    const found: Record<string, string[]> = {}

    await page.goto(`${server.url}/logga-in`)
    await page.getByRole('heading', { level: 1, name: 'Logga in' }).waitFor()
    await check(page, 'login', found)
    await page.getByRole('button', { name: 'Logga in' }).click()
    await page.getByRole('heading', { name: 'Inloggningen misslyckades' }).waitFor()
    await check(page, 'login-errors', found)

    await logIn(page, server.url, server.admin.username, server.admin.password)
    // A case with a public and a confidential document (registered through the API with the
    // browser's session), so the case pages below show both kinds of rows.
    const caseId = await registerThroughApi(page, server.url)
    await page.getByRole('table', { name: 'Senaste ärenden' }).waitFor()
    await check(page, 'overview', found)

    await page.goto(`${server.url}/registrera`)
    await page.getByRole('heading', { level: 1, name: 'Registrera handling' }).waitFor()
    await page.getByText('Senaste öppna ärenden').waitFor()
    await check(page, 'register', found)

    // Errors found in the browser: every one listed at the top and tied to its field.
    await page.getByRole('button', { name: 'Registrera handling' }).click()
    const summary = page.getByRole('alert').filter({ hasText: 'Registreringen kunde inte sparas' })
    await summary.waitFor()
    expect(await summary.innerText()).toContain('Ange kort vad handlingen gäller.')
    expect(await page.locator('#beskrivning').getAttribute('aria-describedby')).toContain(
      'beskrivning-error',
    )
    expect(await page.locator('#beskrivning').getAttribute('aria-invalid')).toBe('true')
    await summary.getByRole('link', { name: 'Ange kort vad handlingen gäller.' }).click()
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('beskrivning')
    await check(page, 'register-errors', found)

    // Errors found by the server (an invalid secrecy ground), mapped to the field.
    await page.getByLabel('Nytt ärende').check()
    const series = page.getByLabel('Diarieserie')
    await expect.poll(() => series.locator('option').count()).toBeGreaterThan(1)
    await series.selectOption((await series.locator('option').nth(1).getAttribute('value')) ?? '')
    await page.getByLabel('Ärendemening').fill('Test av felmeddelanden')
    await page.getByLabel('Namn på avsändare').fill('Exempelföretaget AB')
    await page.getByLabel('Organisationsnummer').fill('123')
    await page.getByLabel('Kort beskrivning / vad handlingen gäller').fill('Brev')
    await page.getByLabel('Sekretessmarkera').check()
    await page.getByLabel('Sekretessgrund').fill('hemligt')
    await page.getByRole('button', { name: 'Registrera handling' }).click()
    await page.locator('#sekretessgrund-error').waitFor()
    await page.locator('#motpart-id-error').waitFor()
    expect(await page.locator('#sekretessgrund').getAttribute('aria-describedby')).toContain(
      'sekretessgrund-error',
    )
    expect(await summary.getByRole('link').count()).toBeGreaterThanOrEqual(2)
    await check(page, 'register-server-errors', found)

    // Skapa ärende: empty, with the errors found in the browser, and with one from the server.
    await page.goto(`${server.url}/arenden/nytt`)
    await page.getByRole('heading', { level: 1, name: 'Skapa ärende' }).waitFor()
    const caseSeries = page.getByLabel('Diarieserie')
    await expect.poll(() => caseSeries.locator('option').count()).toBeGreaterThan(1)
    await check(page, 'create-case', found)
    await page.getByRole('button', { name: 'Skapa ärende' }).click()
    const caseSummary = page.getByRole('alert').filter({ hasText: 'Ärendet kunde inte skapas' })
    await caseSummary.waitFor()
    expect(await caseSummary.getByRole('link').count()).toBe(2)
    expect(await page.locator('#diarieserie').getAttribute('aria-describedby')).toContain(
      'diarieserie-error',
    )
    await check(page, 'create-case-errors', found)
    await caseSeries.selectOption(
      (await caseSeries.locator('option').nth(1).getAttribute('value')) ?? '',
    )
    await page.getByLabel('Ärendemening', { exact: true }).fill('Test av felmeddelanden')
    await page.getByLabel('Klassificering').fill('2.4.1!')
    await page.getByRole('button', { name: 'Skapa ärende' }).click()
    await page.locator('#klassificering-error').waitFor()
    await check(page, 'create-case-server-errors', found)

    await page.goto(`${server.url}/`)
    await page
      .getByRole('table', { name: 'Senaste ärenden' })
      .getByRole('link', { name: /.+/ })
      .first()
      .waitFor()
    await page.goto(`${server.url}/arenden/${caseId}`)
    await page.getByRole('heading', { name: 'Händelser' }).waitFor()
    await page.locator('.timeline').waitFor()
    expect(await page.getByRole('row').count()).toBe(3)
    await check(page, 'case', found)

    await page.goto(`${server.url}/sok?q=`)
    await page.getByRole('status').filter({ hasText: 'träff' }).waitFor()
    expect(await page.locator('.hit').count()).toBeGreaterThan(0)
    await check(page, 'search-results', found)

    await page.goto(`${server.url}/tillganglighet`)
    await page.getByRole('heading', { level: 1, name: 'Tillgänglighetsredogörelse' }).waitFor()
    await check(page, 'accessibility-statement', found)

    const pub = await openBrowser({ viewport: { width: 390, height: 844 } })
    try {
      const p = pub.page
      await p.goto(`${server.url}/diarium`)
      await p.getByRole('heading', { name: 'Kommunens diarier' }).waitFor()
      await check(p, 'public-diarium', found)
      await p.getByRole('button', { name: 'Sök', exact: true }).click()
      await p.getByRole('status').filter({ hasText: 'träff' }).waitFor()
      await check(p, 'public-search', found)
      await p.goto(`${server.url}/diarium/arenden/${caseId}`)
      await p.getByRole('heading', { name: 'Handlingar' }).waitFor()
      expect(await p.getByText('Sekretess enligt OSL 26:1').count()).toBeGreaterThan(0)
      await check(p, 'public-case', found)
    } finally {
      await pub.close()
    }

    expect(found, `axe found WCAG 2.1 A/AA violations:\n${report(found)}`).toEqual({})
  })
})
