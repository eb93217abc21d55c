import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { AxeFindings } from './support/axe-findings'
import { BoardApi, plusDays, swedishDate } from './support/board-api'
import { openBrowser, type Browser } from './support/browser'
import { startKansli, type KansliServer } from './support/server'

/** Whether anything makes the page wider than the screen (WCAG 1.4.10 reflow at 320 px). */
const overflows = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth)

/**
 * The public notice board without logging in, at 320 px: fullmäktige's coming meeting announced
 * with its time, place and matters; the archive; a posting address that does not exist. The
 * posting of attested minutes is tested where minutes are attested (meetings.test.ts).
 */
describe('the public notice board', () => {
  let server: KansliServer
  let admin: BoardApi
  let visitor: Browser
  const axe = new AxeFindings()
  const today = swedishDate(new Date())
  // Two weeks ahead keeps the law's week of notice; within this year's term of the demo.
  const meetsOn = plusDays(today, 14)

  beforeAll(async () => {
    server = await startKansli()
    admin = await BoardApi.login(server.url, server.admin.username, server.admin.password)
    const kf = await admin.committeeId('KF')
    const meeting = await admin.post<{ id: string }>('/api/meetings', {
      committeeId: kf,
      meetsOn,
      startsAt: '18:30',
      place: 'Sessionssalen, kommunhuset',
    })
    const c = await admin.get<{ id: string }>('/api/cases/KS-2025-00494')
    await admin.post(`/api/meetings/${meeting.id}/agenda`, { kind: 'case', caseId: c.id })
    await admin.post(`/api/meetings/${meeting.id}/notice`, {})
    visitor = await openBrowser({ viewport: { width: 320, height: 640 } })
  })

  afterAll(async () => {
    await visitor?.close()
    await admin?.close()
    await server?.stop()
  })

  test("fullmäktige's coming meeting is announced with time, place and matters", async () => {
    const page = visitor.page
    await page.goto(`${server.url}/diarium`)
    await page
      .getByRole('navigation', { name: 'Huvudmeny' })
      .getByRole('link', { name: 'Anslagstavla' })
      .click()
    await page.getByRole('heading', { level: 1, name: 'Anslagstavla' }).waitFor()
    const announcement = page.getByRole('article', {
      name: `Tillkännagivande av sammanträde: Kommunfullmäktige ${meetsOn}`,
    })
    await announcement.waitFor()
    const text = await announcement.innerText()
    expect(text).toContain('kl. 18:30, Sessionssalen, kommunhuset')
    expect(text).toContain('Riktlinjer för användning av AI (Dnr KS-2025-00494)')
    expect(text).toContain(`Anslaget ${today}`)
    expect(await overflows(page)).toBe(false)
    await axe.check(page, 'notice-board-announcement')
  })

  test('the archive and an address that does not exist', async () => {
    const page = visitor.page
    await page.getByRole('link', { name: 'Tidigare anslag (arkiv)' }).click()
    await page.getByRole('heading', { level: 1, name: 'Tidigare anslag' }).waitFor()
    await page.getByLabel('År (valfritt)').fill('20x5')
    await page.getByRole('button', { name: 'Visa', exact: true }).click()
    await page.getByText('Ange ett år med fyra siffror, t.ex. 2025.').waitFor()
    await page.getByLabel('År (valfritt)').fill('2025')
    await page.getByRole('button', { name: 'Visa', exact: true }).click()
    await page.getByRole('heading', { name: 'Anslag 2025' }).waitFor()
    expect(page.url()).toContain('/anslagstavla/arkiv?ar=2025')
    expect(await overflows(page)).toBe(false)
    await axe.check(page, 'notice-board-archive-year')

    await page.goto(`${server.url}/anslagstavla/00000000-0000-4000-8000-000000000000`)
    await page.getByRole('heading', { level: 1, name: 'Anslaget finns inte' }).waitFor()
    await axe.check(page, 'notice-board-missing')
    expect(axe.found, axe.report()).toEqual({})
  })
})
