import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { AxeFindings } from './support/axe-findings'
import { BoardApi, plusDays, seatCommittee, swedishDate, type Seat } from './support/board-api'
import { logIn, openBrowser, type Browser } from './support/browser'
import { startKansli, type KansliServer } from './support/server'

const PASSWORD = 'e2e-Ledamot-1'
const SEATS: Seat[] = [
  { name: 'Nora Lindgren', party: 'S', role: 'chair', username: 'nora.lindgren' },
  { name: 'Olof Åkesson', party: 'M', role: 'member' },
  { name: 'Petra Söderlund', party: 'S', role: 'member' },
  { name: 'Rut Strömberg', party: 'S', role: 'substitute', username: 'rut.stromberg' },
]
const PHONE = { width: 375, height: 812 }

/** Logs in through the form; members land on "Mina sammanträden". */
async function logInAsMember(page: Page, baseUrl: string, username: string) {
  await page.goto(`${baseUrl}/logga-in`)
  await page.getByLabel('Användarnamn').fill(username)
  await page.getByLabel('Lösenord').fill(PASSWORD)
  await page.getByRole('button', { name: 'Logga in' }).click()
  await page.getByRole('heading', { level: 1, name: 'Mina sammanträden' }).waitFor()
}

/** Whether anything makes the page wider than the screen (WCAG 1.4.10 reflow). */
const overflows = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth)

describe("members' pages on a phone", () => {
  let server: KansliServer
  let admin: BoardApi
  let meetingId: string
  let chair: Browser
  const axe = new AxeFindings()
  const today = swedishDate(new Date())
  // A week ahead, within this year's term of the seats.
  const meetsOn = plusDays(today, 7).slice(0, 4) === today.slice(0, 4) ? plusDays(today, 7) : today

  beforeAll(async () => {
    server = await startKansli()
    admin = await BoardApi.login(server.url, server.admin.username, server.admin.password)
    const bun = await admin.committeeId('BUN')
    await seatCommittee(admin, bun, SEATS, PASSWORD)
    await admin.put(`/api/committees/${bun}/settings`, { noticeDaysBefore: 5 })
    const meeting = await admin.post<{ id: string }>('/api/meetings', {
      committeeId: bun,
      meetsOn,
      startsAt: '18:00',
      place: 'Kommunhuset, sal Kalix',
    })
    meetingId = meeting.id
    // A public document with a file in the plan's case, and a case with a confidential letter.
    const plan = await admin.get<{ id: string }>('/api/cases/BUN-2025-00142')
    const pupil = await admin.get<{ id: string }>('/api/cases/BUN-2025-00187')
    await admin.upload({
      caseId: plan.id,
      direction: 'drawnUp',
      documentDate: today,
      description: 'Förslag till sammanträdesplan',
      file: { name: 'sammantradesplan.txt', text: 'Sammanträden 2027: februari, april, juni.' },
    })
    for (const caseId of [plan.id, pupil.id]) {
      await admin.post(`/api/meetings/${meetingId}/agenda`, { kind: 'case', caseId })
    }
    await admin.post(`/api/meetings/${meetingId}/notice`, {})
    chair = await openBrowser({ viewport: PHONE })
    await logInAsMember(chair.page, server.url, 'nora.lindgren')
  })

  afterAll(async () => {
    await chair?.close()
    await admin?.close()
    await server?.stop()
  })

  test('a member sees the coming meeting, the notice and the documents per item', async () => {
    const page = chair.page
    const card = page.getByRole('listitem').filter({ hasText: 'Barn- och utbildningsnämnden' })
    await card.waitFor()
    expect(await card.innerText()).toContain('Du är ordförande.')
    expect(await card.innerText()).toContain('Kommunhuset, sal Kalix')
    expect(await overflows(page)).toBe(false)
    await axe.check(page, 'my-meetings')

    await card.getByRole('link').click()
    await page.getByRole('heading', { level: 1, name: /Sammanträde / }).waitFor()
    const noticeLink = page.getByRole('link', { name: `Kallelsen som PDF, skickad ${today}` })
    const pdf = await page.request.get(`${server.url}${await noticeLink.getAttribute('href')}`)
    expect(pdf.headers()['content-type']).toBe('application/pdf')

    const agenda = page.getByRole('region', { name: 'Ärendelista' })
    const planItem = agenda
      .getByRole('listitem')
      .filter({ hasText: 'Sammanträdesplan 2026' })
      .first()
    expect(await planItem.innerText()).toContain('Dnr BUN-2025-00142')
    const file = planItem.getByRole('link', { name: /^sammantradesplan\.txt/ })
    const download = await page.request.get(`${server.url}${await file.getAttribute('href')}`)
    expect(download.status()).toBe(200)
    expect(await download.text()).toBe('Sammanträden 2027: februari, april, juni.')
    const pupilItem = agenda.getByRole('listitem').filter({ hasText: 'Elevärende' }).first()
    expect(await pupilItem.innerText()).toContain('Sekretess: visas inte här')
    expect(await pupilItem.getByRole('link').count()).toBe(0)
    expect(await overflows(page)).toBe(false)
    await axe.check(page, 'my-meeting')
  })

  test('a member reports absence, the secretary calls in the substitute, and it is taken back', async () => {
    const page = chair.page
    await page.getByLabel('Meddelande till sekreteraren (valfritt)').fill('Tjänsteresa till Luleå.')
    await page.getByRole('button', { name: 'Anmäl förhinder' }).click()
    await page.getByText('Ditt förhinder är anmält. Sekreteraren kallar in en ersättare.').waitFor()
    await page.getByText(/Du anmälde förhinder .*: ”Tjänsteresa till Luleå.”/).waitFor()
    await axe.check(page, 'my-meeting-absent')

    const absences = await admin.get<{
      absences: { name: string; note: string; suggestedSubstitute: { name: string } | null }[]
    }>(`/api/meetings/${meetingId}/absences`)
    expect(absences.absences).toEqual([
      expect.objectContaining({
        name: 'Nora Lindgren',
        note: 'Tjänsteresa till Luleå.',
        suggestedSubstitute: expect.objectContaining({ name: 'Rut Strömberg' }),
      }),
    ])

    // The secretary's meeting page lists it, with the substitute to call in.
    const staff = await openBrowser()
    try {
      const s = staff.page
      await logIn(s, server.url, server.admin.username, server.admin.password)
      await s.goto(`${server.url}/sammantraden/${meetingId}`)
      const table = s.getByRole('table', { name: 'Anmälda förhinder' })
      await table.getByRole('row', { name: /Nora Lindgren/ }).waitFor()
      expect(await table.innerText()).toContain('”Tjänsteresa till Luleå.”')
      await table.getByRole('button', { name: 'Kalla in Rut Strömberg (S)' }).click()
      await s.getByText('Rut Strömberg (S) är noterad som inkallad.').waitFor()
      await expect.poll(() => table.innerText()).toContain('Rut Strömberg (S) inkallad')
      await axe.check(s, 'meeting-absences')
    } finally {
      await staff.close()
    }

    await page.getByRole('button', { name: 'Ta tillbaka förhindret' }).click()
    await page.getByText('Förhindret är borttaget. Du är kallad som vanligt.').waitFor()
    const after = await admin.get<{ absences: unknown[] }>(`/api/meetings/${meetingId}/absences`)
    expect(after.absences).toEqual([])
  })

  test('a member subscribes to the meetings in a calendar, then turns it off', async () => {
    const page = chair.page
    await page.getByRole('link', { name: 'Mina sammanträden' }).first().click()
    await page.getByRole('button', { name: 'Skapa kalenderadress' }).click()
    const field = page.getByLabel('Din kalenderadress')
    await field.waitFor()
    const address = await field.inputValue()
    expect(address).toMatch(/\/api\/calendar\/[^/]+\.ics$/)
    await axe.check(page, 'my-meetings-calendar')
    const feed = await page.request.get(address)
    expect(feed.headers()['content-type']).toContain('text/calendar')
    const ics = await feed.text()
    expect(ics).toContain('BEGIN:VCALENDAR')
    expect(ics).toContain('Barn- och utbildningsnämnden')
    expect(ics).toContain(`DTSTART;TZID=Europe/Stockholm:${meetsOn.replaceAll('-', '')}T180000`)

    await page.getByRole('button', { name: 'Stäng av prenumerationen' }).click()
    await page
      .getByText('Kalenderprenumerationen är avstängd. Den gamla adressen fungerar inte längre.')
      .waitFor()
    expect((await page.request.get(address)).status()).toBe(404)
  })

  test('a substitute gets the notice for information', async () => {
    const sub = await openBrowser({ viewport: PHONE })
    try {
      await logInAsMember(sub.page, server.url, 'rut.stromberg')
      const card = sub.page
        .getByRole('listitem')
        .filter({ hasText: 'Barn- och utbildningsnämnden' })
      expect(await card.innerText()).toContain('Du är ersättare och får kallelsen för kännedom.')
      // Staff pages are not for members: the overview sends them back to their own.
      await sub.page.goto(`${server.url}/`)
      await sub.page.getByRole('heading', { level: 1, name: 'Mina sammanträden' }).waitFor()
    } finally {
      await sub.close()
    }
    expect(axe.found, axe.report()).toEqual({})
  })
})
