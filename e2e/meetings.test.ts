import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { AxeFindings } from './support/axe-findings'
import { expectedLastAppealDay } from './support/appeal-date'
import { BoardApi, plusDays, seatCommittee, swedishDate, type Seat } from './support/board-api'
import { logIn, openBrowser, type Browser } from './support/browser'
import { startKansli, type KansliServer } from './support/server'

const PASSWORD = 'e2e-Sammanträde-1'
const SEATS: Seat[] = [
  { name: 'Åsa Öberg', party: 'S', role: 'chair', username: 'asa.oberg' },
  { name: 'Lars Ek', party: 'M', role: 'viceChair', username: 'lars.ek' },
  { name: 'Karin Lund', party: 'S', role: 'member' },
  { name: 'Björn Sjö', party: 'C', role: 'member' },
  { name: 'Maria Nilsson', party: 'V', role: 'member' },
  { name: 'Erik Strand', party: 'S', role: 'substitute' },
  { name: 'Sara Holm', party: 'M', role: 'substitute' },
]

/** The agenda's item titles in order, as the page shows them. */
async function agendaTitles(page: Page): Promise<string[]> {
  return page
    .locator('.agenda-list .agenda-item__title')
    .evaluateAll((els) => els.map((e) => (e.lastChild?.textContent ?? '').trim()))
}

const activeId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '')
/** The accessible name of the focused element (aria-label, else its text). */
const activeName = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement
    return el?.getAttribute('aria-label') ?? (el?.textContent ?? '').trim()
  })

describe('committees and meetings in the browser', () => {
  let server: KansliServer
  let admin: BoardApi
  let secretary: Browser
  let ks: string
  let seats: Map<string, string>
  let heldMeeting = ''
  const axe = new AxeFindings()
  const today = swedishDate(new Date())
  const planYear = Number(today.slice(0, 4)) + 1

  /** A signer logs in on a phone, opens the meeting under Mina sammanträden and signs. */
  async function signAs(
    username: string,
    button: string | RegExp,
    done: string | RegExp,
    axeName?: string,
  ) {
    const phone = await openBrowser({ viewport: { width: 375, height: 812 } })
    try {
      const p = phone.page
      await p.goto(`${server.url}/logga-in`)
      await p.getByLabel('Användarnamn').fill(username)
      await p.getByLabel('Lösenord').fill(PASSWORD)
      await p.getByRole('button', { name: 'Logga in' }).click()
      await p.getByRole('heading', { level: 1, name: 'Mina sammanträden' }).waitFor()
      await p
        .getByRole('link', { name: /^Samhällsbyggnadsnämnden, / })
        .first()
        .click()
      await p.getByRole('heading', { name: 'Justera protokollet' }).waitFor()
      if (axeName) await axe.check(p, axeName)
      await p.getByRole('button', { name: button }).click()
      await p.getByText(done).waitFor({ timeout: 30_000 })
    } finally {
      await phone.close()
    }
  }

  beforeAll(async () => {
    server = await startKansli()
    admin = await BoardApi.login(server.url, server.admin.username, server.admin.password)
    ks = await admin.committeeId('SBN')
    await admin.createUser({
      username: 'sekreterare',
      displayName: 'Selma Sekreterare',
      password: PASSWORD,
      roles: ['secretary'],
    })
    seats = (await seatCommittee(admin, ks, SEATS, PASSWORD)).membershipIds
    secretary = await openBrowser()
    await logIn(secretary.page, server.url, 'sekreterare', PASSWORD)
  })

  afterAll(async () => {
    await secretary?.close()
    await admin?.close()
    await server?.stop()
  })

  test('a secretary sets the notice rule, adds a substitute and staff, and ends a seat', async () => {
    const page = secretary.page
    await page
      .getByRole('navigation', { name: 'Huvudmeny' })
      .getByRole('link', { name: 'Organ' })
      .click()
    await page.getByRole('heading', { level: 1, name: 'Organ' }).waitFor()
    await page.getByRole('table', { name: 'Mandatperioder' }).waitFor()
    await axe.check(page, 'committees')
    await page
      .getByRole('table', { name: 'Organ' })
      .getByRole('link', { name: 'Samhällsbyggnadsnämnden', exact: true })
      .click()
    await page.getByRole('heading', { level: 1, name: /Samhällsbyggnadsnämnden/ }).waitFor()

    const members = page.getByRole('table', { name: 'Ledamöter' })
    await expect.poll(() => members.getByRole('row').count()).toBe(6)
    expect(await members.getByRole('row', { name: /Åsa Öberg/ }).innerText()).toContain(
      'Ordförande',
    )
    const subs = page.getByRole('table', { name: 'Ersättare i tjänstgöringsordning' })
    expect(await subs.getByRole('row', { name: /Erik Strand/ }).innerText()).toMatch(/^1\b/)

    await page.getByLabel('Dagar före sammanträdet', { exact: true }).fill('7')
    await page.getByRole('button', { name: 'Spara kallelsetid' }).click()
    await page
      .getByText('Kallelsen ska nu skickas senast 7 dagar före sammanträdet (enligt reglementet).')
      .waitFor()

    // The form's own checks, listed at the top and tied to the fields.
    const form = page.getByRole('region', { name: 'Lägg till ledamot eller ersättare' })
    await form.getByRole('button', { name: 'Lägg till' }).click()
    const summary = page.getByRole('alert').filter({ hasText: 'Uppdraget kunde inte läggas till' })
    await summary.waitFor()
    expect(await summary.getByRole('link').allInnerTexts()).toEqual([
      'Ange namnet på ledamoten eller ersättaren.',
      'Ange partiets förkortning, t.ex. S eller KD.',
    ])
    expect(await page.locator('#uppdrag-parti').getAttribute('aria-invalid')).toBe('true')
    await axe.check(page, 'committee-errors')

    await form.getByLabel('Namn', { exact: true }).fill('Per Persson')
    await form.getByLabel('Parti', { exact: true }).fill('C')
    await form.getByLabel('Ersättare', { exact: true }).check()
    await form.getByRole('button', { name: 'Lägg till' }).click()
    await page.getByText('Per Persson (C) är tillagd som ersättare.').waitFor()
    await expect
      .poll(() => subs.getByRole('row', { name: /Per Persson/ }).innerText())
      .toMatch(/^3\b/)

    const staff = page.getByRole('region', { name: 'Lägg till tjänsteperson' })
    await staff
      .getByLabel('Användare', { exact: true })
      .selectOption({ label: 'Selma Sekreterare' })
    await staff.getByRole('button', { name: 'Lägg till tjänsteperson' }).click()
    await page.getByText('Selma Sekreterare är tillagd som sekreterare.').waitFor()
    await page
      .getByRole('table', { name: 'Tjänstepersoner' })
      .getByText('Selma Sekreterare')
      .waitFor()

    const end = page.getByRole('region', { name: 'Avsluta uppdrag' })
    await end
      .getByLabel('Uppdrag', { exact: true })
      .selectOption({ label: 'Per Persson (C), ersättare' })
    const yesterday = plusDays(today, -1)
    await end.getByLabel('Sista dag i uppdraget', { exact: true }).fill(yesterday)
    await end.getByRole('button', { name: 'Avsluta uppdraget' }).click()
    await page.getByText(`Uppdraget för Per Persson (C) slutar ${yesterday}.`).waitFor()
    await expect.poll(() => subs.getByRole('row').count()).toBe(3)
    await axe.check(page, 'committee')

    // Today the seat is gone; the days before still have it.
    await page.getByLabel('Visa sammansättningen den', { exact: true }).fill(yesterday)
    await page.getByRole('button', { name: 'Visa', exact: true }).click()
    await page.getByText(yesterday, { exact: true }).waitFor()
    await expect.poll(() => subs.getByRole('row').count()).toBe(4)
  })

  test("the year's meeting plan: dates added, meetings created from them", async () => {
    const page = secretary.page
    await page.goto(`${server.url}/organ/${ks}/sammantradesplan/${planYear}`)
    await page.getByText(`Organet har ingen sammanträdesplan för ${planYear}.`).waitFor()
    await page.getByRole('button', { name: `Lägg upp sammanträdesplan för ${planYear}` }).click()
    await page.getByText('Planen har inga datum ännu.').waitFor()

    const form = page.getByRole('region', { name: 'Lägg till datum i planen' })
    await form.getByLabel('Datum', { exact: true }).fill(`${planYear - 1}-12-14`)
    await form.getByLabel('Starttid', { exact: true }).fill('0900')
    await form.getByLabel('Plats', { exact: true }).fill('Sessionssalen')
    await form.getByRole('button', { name: 'Lägg till datum' }).click()
    await page
      .getByRole('alert')
      .filter({ hasText: `Datumet ligger inte i ${planYear}.` })
      .waitFor()
    await axe.check(page, 'schedule-errors')

    await form.getByLabel('Datum', { exact: true }).fill(`${planYear}0202`)
    await form.getByRole('button', { name: 'Lägg till datum' }).click()
    await page.getByText(`${planYear}-02-02 kl. 09:00 är tillagt i planen.`).waitFor()
    await form.getByLabel('Datum', { exact: true }).fill(`${planYear}-03-09`)
    await form.getByRole('button', { name: 'Lägg till datum' }).click()
    await page.getByText(`${planYear}-03-09 kl. 09:00 är tillagt i planen.`).waitFor()

    await page.getByRole('button', { name: 'Skapa sammanträden för planens datum (2)' }).click()
    await page.getByText('2 sammanträden är skapade och kan nu få ärendelistor.').waitFor()
    const plan = page.getByRole('table', { name: `Sammanträdesplan ${planYear}` })
    await expect.poll(() => plan.getByRole('link', { name: /Planerat/ }).count()).toBe(2)
    const planPdf = await page.request.get(
      `${server.url}${await page.getByRole('link', { name: 'Sammanträdesplanen som PDF' }).getAttribute('href')}`,
    )
    expect(planPdf.headers()['content-type']).toBe('application/pdf')
    await axe.check(page, 'schedule')

    await page.goto(`${server.url}/sammantraden?organ=${ks}&ar=${planYear}`)
    const list = page.getByRole('table', { name: `Sammanträden ${planYear}` })
    await expect.poll(() => list.getByRole('row').count()).toBe(3)
    await axe.check(page, 'meetings')
  })

  test('an agenda built from cases, reordered with the keyboard only, edited and pruned', async () => {
    const page = secretary.page
    await page.goto(`${server.url}/sammantraden?organ=${ks}&ar=${planYear}`)
    await page.getByRole('link', { name: `${planYear}-02-02` }).click()
    await page.getByRole('heading', { name: 'Ärendelista', exact: true }).waitFor()
    expect(await agendaTitles(page)).toEqual([
      'Upprop',
      'Val av justerare',
      'Godkännande av ärendelista',
    ])

    const form = page.getByRole('region', { name: 'Lägg till punkt' })
    const addCase = async (caseNumber: string, place?: string) => {
      await form.getByLabel('Sök ärende', { exact: true }).fill(caseNumber)
      await form.getByRole('button', { name: 'Sök ärende' }).click()
      await form.getByLabel(new RegExp(caseNumber)).check()
      if (place)
        await form
          .getByLabel('Plats på ärendelistan', { exact: true })
          .selectOption({ label: place })
      await form.getByRole('button', { name: 'Lägg till på ärendelistan' }).click()
    }
    await addCase('SBN-2025-00214')
    await page.getByText('”Detaljplan för kv Tallen” är tillagd som punkt 4.').waitFor()

    await form.getByLabel('Information', { exact: true }).check()
    await form.getByRole('button', { name: 'Lägg till på ärendelistan' }).click()
    await page.getByRole('alert').filter({ hasText: 'Ange rubrik för informationen.' }).waitFor()
    await axe.check(page, 'agenda-errors')
    await form.getByLabel('Rubrik', { exact: true }).fill('Information om budgetläget')
    await form.getByLabel('Föredragande (valfritt)', { exact: true }).fill('Ekonomichefen')
    await form.getByRole('button', { name: 'Lägg till på ärendelistan' }).click()
    await page.getByText('”Information om budgetläget” är tillagd som punkt 5.').waitFor()

    await form.getByLabel('Ärende', { exact: true }).check()
    await addCase('SBN-2025-00288', 'Före punkt 4: Detaljplan för kv Tallen')
    await page
      .getByText(
        '”Upphandling – ramavtal mark- och anläggningsentreprenader 2026–2028” är tillagd som punkt 4.',
      )
      .waitFor()
    await form.getByLabel('Meddelanden', { exact: true }).check()
    await form.getByRole('button', { name: 'Lägg till på ärendelistan' }).click()
    await page.getByText('”Meddelanden” är tillagd som punkt 7.').waitFor()
    expect(await agendaTitles(page)).toEqual([
      'Upprop',
      'Val av justerare',
      'Godkännande av ärendelista',
      'Upphandling – ramavtal mark- och anläggningsentreprenader 2026–2028',
      'Detaljplan för kv Tallen',
      'Information om budgetläget',
      'Meddelanden',
    ])
    const aiItem = page.getByRole('listitem').filter({ hasText: 'Detaljplan för kv Tallen' })
    expect(await aiItem.innerText()).toContain('Dnr SBN-2025-00214')

    // Keyboard only: Tab from the agenda's heading to the information item's "Flytta upp".
    await page.getByRole('heading', { name: 'Ärendelista', exact: true }).focus()
    let reached = ''
    for (let i = 0; i < 40 && !reached.startsWith('Flytta upp punkt 6'); i++) {
      await page.keyboard.press('Tab')
      reached = await activeName(page)
    }
    expect(reached).toBe('Flytta upp punkt 6: Information om budgetläget')
    const upId = await activeId(page)
    await page.keyboard.press('Enter')
    await page.getByText('”Information om budgetläget” är nu punkt 5 av 7.').waitFor()
    expect(await activeId(page)).toBe(upId)
    await page.keyboard.press('Space')
    await page.getByText('”Information om budgetläget” är nu punkt 4 av 7.').waitFor()
    expect(await activeId(page)).toBe(upId)
    // Tab on to the same item's "Flytta ned" and press it.
    await page.keyboard.press('Tab')
    expect(await activeName(page)).toBe('Flytta ned punkt 4: Information om budgetläget')
    await page.keyboard.press('Enter')
    await page.getByText('”Information om budgetläget” är nu punkt 5 av 7.').waitFor()

    await page.reload()
    await page.getByRole('heading', { name: 'Ärendelista', exact: true }).waitFor()
    await expect
      .poll(() => agendaTitles(page))
      .toEqual([
        'Upprop',
        'Val av justerare',
        'Godkännande av ärendelista',
        'Upphandling – ramavtal mark- och anläggningsentreprenader 2026–2028',
        'Information om budgetläget',
        'Detaljplan för kv Tallen',
        'Meddelanden',
      ])

    // Edit by keyboard: the heading field takes focus, Enter saves, focus returns.
    await page.getByRole('button', { name: 'Ändra punkt 5: Information om budgetläget' }).focus()
    await page.keyboard.press('Enter')
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('INPUT')
    await page.keyboard.press('ControlOrMeta+A')
    await page.keyboard.type('Information om budgetläget 2027')
    await page.keyboard.press('Enter')
    await page.getByText('Punkt 5 är ändrad.').waitFor()
    await expect.poll(() => activeName(page)).toBe('Ändra punkt 5: Information om budgetläget 2027')

    await page.getByRole('button', { name: 'Ta bort punkt 7: Meddelanden' }).click()
    await page.getByText('”Meddelanden” är borttagen från ärendelistan.').waitFor()
    expect(await agendaTitles(page)).toHaveLength(6)
    await axe.check(page, 'meeting-agenda')
  })

  test('the meeting: a late notice sent, no quorum blocks decisions, substitutes, jäv, attesters, motions, a keyboard vote, decision, dissent, note, close', async () => {
    const page = secretary.page
    // Held today, so that it can be attested today; its notice (7 days) is a week late.
    const meetsOn = today
    const late = 7
    await page.goto(`${server.url}/sammantraden`)
    const extra = page.getByRole('region', { name: 'Planera extra sammanträde' })
    await extra
      .getByLabel('Organ', { exact: true })
      .selectOption({ label: 'Samhällsbyggnadsnämnden' })
    await extra.getByLabel('Datum', { exact: true }).fill(meetsOn)
    await extra.getByLabel('Starttid', { exact: true }).fill('13:00')
    await extra.getByLabel('Plats', { exact: true }).fill('Kommunhuset, sal A')
    await extra.getByRole('button', { name: 'Planera sammanträdet' }).click()
    await page.getByRole('heading', { name: 'Ärendelista', exact: true }).waitFor()
    const meetingUrl = page.url()
    const meetingId = meetingUrl.split('/').pop()!
    heldMeeting = meetingId
    await admin.post(`/api/meetings/${meetingId}/agenda`, {
      kind: 'information',
      title: 'Information om vinterväghållningen',
    })
    const aiCase = await admin.get<{ id: string }>('/api/cases/SBN-2025-00214')
    const item = await admin.post<{ id: string }>(`/api/meetings/${meetingId}/agenda`, {
      kind: 'case',
      caseId: aiCase.id,
    })
    await page.reload()

    const deadline = plusDays(meetsOn, -7)
    const notice = page.getByRole('region', { name: 'Skicka kallelsen' })
    await notice.getByText(`Kallelsen är sen: sista dagen var ${deadline}.`).waitFor()
    // The draft before sending, built from the agenda.
    const draft = await page.request.get(`${server.url}/api/meetings/${meetingId}/notice.html`)
    expect(draft.status()).toBe(200)
    expect(await draft.text()).toContain('Detaljplan för kv Tallen')
    await notice.getByRole('button', { name: 'Skicka kallelsen' }).click()
    await page.getByText(`Kallelsen är skickad ${today}, ${late} dagar för sent.`).waitFor()
    await page
      .getByText(`Kallelsen skickades ${today}, ${late} dagar efter sista dagen (${deadline}).`)
      .waitFor()
    const sent = page.getByRole('region', { name: 'Kallelse', exact: true })
    await sent
      .getByText(`till 5 ledamöter och för kännedom till 2 ersättare, ${late} dagar för sent.`)
      .waitFor()
    await sent
      .getByText(
        'Utan konto i Kansli, nås på annat sätt: Karin Lund (S), Björn Sjö (C), Maria Nilsson (V), Erik Strand (S), Sara Holm (M).',
      )
      .waitFor()
    const pdfHref = await sent.getByRole('link', { name: 'Kallelsen (PDF)' }).getAttribute('href')
    const pdf = await page.request.get(`${server.url}${pdfHref}`)
    expect(pdf.headers()['content-type']).toBe('application/pdf')
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-')

    // An item added after the notice is marked, and goes out in a supplementary notice.
    const form = page.getByRole('region', { name: 'Lägg till punkt' })
    await form.getByLabel('Information', { exact: true }).check()
    await form.getByLabel('Rubrik', { exact: true }).fill('Information om skolskjutsar')
    await form.getByRole('button', { name: 'Lägg till på ärendelistan' }).click()
    await page.getByText('”Information om skolskjutsar” är tillagd som punkt 6.').waitFor()
    const added = page.getByRole('listitem').filter({ hasText: 'Information om skolskjutsar' })
    expect(await added.innerText()).toContain('Tillägg efter kallelsen')
    await page.getByRole('button', { name: 'Skicka tilläggskallelse' }).click()
    await page.getByText('Tilläggskallelsen är skickad med 1 ärende.').waitFor()
    await sent.getByRole('link', { name: 'Tilläggskallelse 1 (PDF)' }).waitFor()
    await axe.check(page, 'meeting-notice-sent')

    await page.getByRole('button', { name: 'Öppna sammanträdet' }).click()
    await page.getByText('Sammanträdet är öppnat. Gör uppropet.').waitFor()
    await page
      .getByRole('navigation', { name: 'Sammanträdet' })
      .getByRole('link', { name: 'Upprop och närvaro' })
      .click()
    await page.getByRole('heading', { level: 1, name: 'Upprop och närvaro' }).waitFor()

    const rollCall = page.getByRole('region', { name: 'Upprop' })
    await rollCall.getByLabel('Åsa Öberg (S), ordförande', { exact: true }).check()
    await rollCall.getByLabel('Lars Ek (M), vice ordförande', { exact: true }).check()
    await rollCall.getByRole('button', { name: 'Registrera uppropet' }).click()
    await page
      .getByText(
        'Uppropet är registrerat: 2 av 5 ledamotsplatser är besatta. Organet är inte beslutsfört.',
      )
      .waitFor()
    await axe.check(page, 'attendance-no-quorum')

    await page.goto(`${meetingUrl}/punkter/${item.id}`)
    await page.getByRole('heading', { level: 1, name: /Detaljplan för kv Tallen/ }).waitFor()
    await page.getByText(/Organet är inte beslutsfört vid punkten/).waitFor()
    expect(await page.getByRole('button', { name: 'Spara beslutet' }).isDisabled()).toBe(true)
    await axe.check(page, 'item-no-quorum')

    await page
      .getByRole('navigation', { name: 'Sammanträdet' })
      .getByRole('link', { name: 'Upprop och närvaro' })
      .click()
    for (const who of [
      'Karin Lund (S), ledamot',
      'Björn Sjö (C), ledamot',
      'Erik Strand (S), ersättare',
      'Sara Holm (M), ersättare',
    ]) {
      await page.getByRole('region', { name: 'Upprop (gör om)' }).getByLabel(who).check()
    }
    await page.getByRole('button', { name: 'Registrera uppropet' }).click()
    await page.getByText('Uppropet är registrerat: 5 av 5 ledamotsplatser är besatta.').waitFor()
    const perItem = page.getByRole('table', { name: 'Tjänstgöring per punkt' })
    await expect
      .poll(() => perItem.getByRole('row', { name: /Tallen/ }).innerText())
      .toContain('Erik Strand (S) för Maria Nilsson (V)')

    const moves = page.getByRole('region', { name: 'Ankomst och avgång' })
    await moves.getByLabel('Lämnade sammanträdet', { exact: true }).check()
    await moves
      .getByLabel('Person', { exact: true })
      .selectOption({ label: 'Lars Ek (M), vice ordförande' })
    await moves
      .getByLabel('Lämnade efter punkt', { exact: true })
      .selectOption({ label: '5. Detaljplan för kv Tallen' })
    await moves.getByRole('button', { name: 'Registrera' }).click()
    await page.getByText('Lars Ek (M) lämnade efter punkt 5.').waitFor()
    await expect
      .poll(() =>
        page
          .getByRole('table', { name: 'Närvaro' })
          .getByRole('row', { name: /Lars Ek/ })
          .innerText(),
      )
      .toContain('Lämnade efter punkt 5')
    await axe.check(page, 'attendance')

    // The opening items: attesters elected, the agenda approved.
    await perItem.getByRole('link', { name: 'Val av justerare' }).click()
    await page.getByRole('heading', { level: 1, name: /Val av justerare/ }).waitFor()
    const attesters = page.getByRole('region', { name: 'Välj justerare' })
    expect(await attesters.getByLabel('Åsa Öberg (S)').count()).toBe(0)
    await attesters.getByLabel('Lars Ek (M)', { exact: true }).check()
    await attesters.getByLabel('Plats för justeringen (valfritt)').fill('Kommunkansliet')
    await attesters.getByLabel('Datum för justeringen (valfritt)').fill(plusDays(meetsOn, 3))
    await attesters.getByLabel('Tid (valfritt)', { exact: true }).fill('10:00')
    await attesters.getByRole('button', { name: 'Spara valet av justerare' }).click()
    await page
      .getByText('Att jämte ordföranden justera protokollet utses Lars Ek (M).', { exact: true })
      .waitFor()
    await page
      .getByRole('region', { name: 'Beslut' })
      .getByText(/utses Lars Ek \(M\)/)
      .waitFor()
    await axe.check(page, 'item-attesters')
    await page.getByRole('link', { name: 'Nästa: punkt 3' }).click()
    await page.getByRole('button', { name: 'Fastställ dagordningen' }).click()
    await page.getByText('Dagordningen är fastställd.').waitFor()
    await page
      .getByRole('region', { name: 'Beslut' })
      .getByText(/fastställer dagordningen/)
      .waitFor()

    await page.goto(`${meetingUrl}/upprop`)
    await perItem.getByRole('link', { name: 'Detaljplan för kv Tallen' }).click()
    await page.getByRole('heading', { level: 1, name: /Tallen/ }).waitFor()
    const jav = page.getByRole('region', { name: 'Anmäl jäv' })
    await jav
      .getByLabel('Jävig ledamot eller ersättare', { exact: true })
      .selectOption({ label: 'Karin Lund (S), ledamot' })
    await jav.getByLabel('Skäl (valfritt)', { exact: true }).fill('Styrelseledamot i leverantören')
    await jav.getByRole('button', { name: 'Registrera jäv' }).click()
    await page.getByText('Karin Lund (S) är jävig och deltar inte i punkten.').waitFor()
    await page.getByText('Sara Holm (M) tjänstgör för Karin Lund (S)').waitFor()
    await page.getByText(/5 av 5 ledamöter tjänstgör/).waitFor()

    // Myndighetsutövning: nobody may abstain.
    await page.getByLabel('Punkten gäller myndighetsutövning').click()
    await page
      .getByText('Punkten gäller myndighetsutövning. Ingen får avstå från att rösta.')
      .waitFor()

    // Motions: the proposal in the papers, and a member's motion seconded by another.
    const motion = page.getByRole('region', { name: 'Registrera yrkande' })
    await motion
      .getByLabel('Förslaget', { exact: true })
      .fill('Samhällsbyggnadsnämnden godkänner planförslaget för samråd.')
    await motion.getByRole('button', { name: 'Registrera yrkandet' }).click()
    await page.getByText('Yrkande 1 är registrerat: Förslag till beslut.').waitFor()
    await motion
      .getByLabel('Yrkande ledamot', { exact: true })
      .selectOption({ label: 'Lars Ek (M)' })
    await motion
      .getByLabel('Yrkandet', { exact: true })
      .fill('Ärendet återremitteras för en trafikutredning.')
    await motion.getByLabel('Björn Sjö (C)', { exact: true }).check()
    await motion.getByRole('button', { name: 'Registrera yrkandet' }).click()
    await page.getByText('Yrkande 2 är registrerat: Lars Ek (M).').waitFor()
    await page.getByText('Bifall: Björn Sjö (C)').waitFor()

    // The vote, by keyboard only: Tab from row to row, Space or the arrow keys to choose.
    const vote = page.getByRole('region', { name: 'Omröstning', exact: true })
    const id = (name: string) => seats.get(name)!
    for (const name of ['Åsa Öberg', 'Lars Ek', 'Björn Sjö', 'Erik Strand', 'Sara Holm']) {
      expect(await page.locator(`#rost-${id(name)}-avstar`).isDisabled()).toBe(true)
    }
    await vote.getByLabel('Nej för', { exact: true }).focus()
    // Ja for the papers, nej for Lars Ek's motion: 3–2. Rows come in seat order.
    const nej = new Set(['Lars Ek', 'Björn Sjö'])
    const rows = await vote.locator('.vote-row legend').allInnerTexts()
    expect(rows).toHaveLength(5)
    for (const row of rows) {
      const name = SEATS.find((x) => row.startsWith(x.name))!.name
      await page.keyboard.press('Tab')
      expect(await activeId(page)).toBe(`rost-${id(name)}-ja`)
      await page.keyboard.press(nej.has(name) ? 'ArrowRight' : 'Space')
    }
    expect(await page.locator(`#rost-${id('Lars Ek')}-nej`).isChecked()).toBe(true)
    await page.keyboard.press('Tab')
    await page.keyboard.press('Tab')
    expect(await activeName(page)).toBe('Registrera omröstningen')
    await axe.check(page, 'item-vote-form')
    await page.keyboard.press('Enter')
    await page
      .getByText(
        'Omröstningen är registrerad. 3 ja, 2 nej, 0 avstår. Ja vann: Förslag till beslut.',
      )
      .waitFor()
    const ballots = page.getByRole('table', { name: 'Omröstning 1: röster' })
    expect(await ballots.getByRole('row', { name: /Erik Strand/ }).innerText()).toContain(
      'för Maria Nilsson (V)',
    )
    expect(await ballots.getByRole('row', { name: /Lars Ek/ }).innerText()).toContain('Nej')

    // The decision follows the vote: the papers' proposal, in the order the chair put them.
    const decision = page.getByRole('region', { name: 'Beslut' })
    expect(
      await decision
        .getByLabel(/^Förslag till beslut: Samhällsbyggnadsnämnden godkänner/)
        .isChecked(),
    ).toBe(true)
    await decision.getByRole('button', { name: 'Spara beslutet' }).click()
    await page.getByText('Beslutet är sparat.').waitFor()

    const dissent = page.getByRole('region', { name: 'Anmäl reservation' })
    await dissent.getByLabel('Lars Ek (M)', { exact: true }).check()
    await dissent.getByLabel('Björn Sjö (C)', { exact: true }).check()
    await dissent
      .getByLabel('Skriftlig motivering (valfritt)')
      .fill('Planen borde ha föregåtts av en trafikutredning.')
    await dissent.getByRole('button', { name: 'Registrera reservationen' }).click()
    await page
      .getByText('Reservationen från Lars Ek (M) och Björn Sjö (C) är registrerad.')
      .waitFor()
    await page.getByText('Lars Ek (M) och Björn Sjö (C) reserverar sig mot beslutet.').waitFor()
    expect(
      await page
        .getByRole('region', { name: 'Reservationer' })
        .locator('.decision-text')
        .innerText(),
    ).toBe('Planen borde ha föregåtts av en trafikutredning.')

    const note = page.getByRole('region', { name: 'Lägg till protokollsanteckning' })
    await note.getByLabel('Lämnas av', { exact: true }).selectOption({ label: 'Åsa Öberg (S)' })
    await note
      .getByLabel('Anteckningen', { exact: true })
      .fill('Ordföranden vill att samrådet annonseras brett.')
    await note.getByRole('button', { name: 'Lägg till' }).click()
    await page.getByText('Protokollsanteckningen från Åsa Öberg (S) är registrerad.').waitFor()

    // Omedelbar justering of this §: fixed now, signed by the chair and the attester later.
    await page.getByRole('button', { name: 'Justera paragrafen omedelbart' }).click()
    await page
      .getByText(
        'Paragrafen är fastställd för omedelbar justering. Ordföranden och justerarna skriver under den under Mina sammanträden.',
      )
      .waitFor()
    await page.getByText(/väntar på underskrifter \(0 av 2\)/).waitFor()
    await axe.check(page, 'item')

    // The information items' decisions, through the API (the UI for it is tested above).
    const agendaNow = await admin.get<{ agenda: { id: string; kind: string }[] }>(
      `/api/meetings/${meetingId}`,
    )
    for (const i of agendaNow.agenda.filter((x) => x.kind === 'information')) {
      await admin.put(`/api/meetings/${meetingId}/agenda/${i.id}/decision`, {
        text: 'Nämnden tar del av informationen.',
      })
    }
    await page
      .getByRole('navigation', { name: 'Sammanträdet' })
      .getByRole('link', { name: 'Ärendelista' })
      .click()
    const close = page.getByRole('region', { name: 'Avsluta sammanträdet' })
    await close.getByLabel('Sluttid (valfritt)', { exact: true }).fill('15.30')
    await close.getByRole('button', { name: 'Avsluta sammanträdet' }).click()
    await page.getByText(/^Sammanträdet är avslutat med §§ \d+–\d+\.$/).waitFor()
    await page.getByText('Kommunhuset, sal A').waitFor()
    expect(await page.locator('.facts').innerText()).toContain('13:00–15:30')
    expect(await page.getByRole('button', { name: /Flytta upp/ }).count()).toBe(0)
    await axe.check(page, 'meeting-closed')

    expect(axe.checked).toHaveLength(16)
    expect(axe.found, axe.report()).toEqual({})
  })
  test('the minutes: a § attested at once, § text, sent for attestation, the chair and the attester each sign, the postings and their appeal date, an extract dispatched', async () => {
    // The independent appeal-day rule, checked on dates whose answer is known.
    expect(expectedLastAppealDay('2024-12-03')).toBe('2024-12-27') // julafton, juldagen, annandagen
    expect(expectedLastAppealDay('2025-05-08')).toBe('2025-05-30') // Kristi himmelsfärds dag
    expect(expectedLastAppealDay('2025-06-09')).toBe('2025-06-30') // a Monday: no move

    const page = secretary.page
    await page.goto(`${server.url}/sammantraden/${heldMeeting}/protokoll`)
    await page.getByRole('heading', { level: 1, name: 'Protokoll' }).waitFor()
    await page.getByText(`Protokollet ska vara justerat senast ${plusDays(today, 14)}.`).waitFor()
    // The § attested at once must be signed before the whole minutes can be sent.
    await page.getByText(/^§ \d+: den omedelbara justeringen är inte klar\.$/).waitFor()
    await signAs(
      'asa.oberg',
      /^Skriv under § \d+$/,
      /^Du har skrivit under § \d+\.$/,
      'member-sign',
    )
    await signAs(
      'lars.ek',
      /^Skriv under § \d+$/,
      'Du har skrivit under. Paragrafen är justerad och anslaget på anslagstavlan.',
    )
    await page.reload()
    await page.getByRole('heading', { level: 1, name: 'Protokoll' }).waitFor()
    expect(await page.getByText(/den omedelbara justeringen är inte klar/).count()).toBe(0)
    const draft = await page.request.get(`${server.url}/api/meetings/${heldMeeting}/minutes.html`)
    expect(draft.status()).toBe(200)
    const draftHtml = await draft.text()
    expect(draftHtml).toContain('Information om vinterväghållningen')
    expect(draftHtml).toContain('Lars Ek')

    await page.getByText(/^§ \d+ Detaljplan för kv Tallen: justerad omedelbart/).waitFor()
    await page.locator('summary', { hasText: 'Information om vinterväghållningen' }).click()
    const section = page.getByRole('region', {
      name: /^§ \d+ Information om vinterväghållningen$/,
    })
    await section
      .getByLabel('Bakgrund (valfritt)')
      .fill('Tekniska förvaltningen redogör för vinterns plogning och sandning.')
    await section.getByRole('button', { name: /^Spara § \d+$/ }).click()
    await page.getByText(/^§ \d+ är sparad\.$/).waitFor()
    await axe.check(page, 'minutes-draft')

    const finalise = page.getByRole('region', { name: 'Skicka protokollet för justering' })
    await finalise
      .getByLabel('Protokollet förvaras (valfritt)')
      .fill('Samhällsbyggnadskontoret, kommunhuset')
    await finalise.getByRole('button', { name: 'Skicka för justering' }).click()
    await page.getByRole('table', { name: 'Justerare och underskrifter' }).waitFor()
    const signers = page.getByRole('table', { name: 'Justerare och underskrifter' })
    expect(await signers.getByRole('row', { name: /Åsa Öberg/ }).innerText()).toContain(
      'Ordförande',
    )
    expect(await signers.getByRole('row', { name: /Lars Ek/ }).innerText()).toContain('Inte ännu')
    await axe.check(page, 'minutes-awaiting-signatures')

    // The chair, then the attester: each logs in on a phone and signs with their own signature.
    await signAs('asa.oberg', 'Skriv under protokollet', 'Du har skrivit under protokollet.')
    await signAs(
      'lars.ek',
      'Skriv under protokollet',
      'Du har skrivit under. Protokollet är justerat och anslaget på anslagstavlan.',
    )

    await page.reload()
    await page.getByText(`Protokollet justerades ${today}.`).waitFor()
    const posting = page.getByRole('region', { name: 'Hela protokollet' })
    const lastDay = expectedLastAppealDay(today)
    expect(await posting.locator('.facts').innerText()).toContain(`Anslaget\n${today}`)
    expect(await posting.locator('.facts').innerText()).toContain(
      `Sista dag för överklagande\n${lastDay}`,
    )
    expect(await posting.locator('.facts').innerText()).toContain(
      `Anslaget tas ned\n${plusDays(lastDay, 1)}`,
    )
    await axe.check(page, 'minutes-attested')

    // An extract of the plan's §, certified, and its dispatch to the developer.
    const newExtract = page.getByRole('region', { name: 'Gör protokollsutdrag' })
    await newExtract.getByLabel(/^§ \d+ Detaljplan för kv Tallen$/).check()
    await newExtract
      .getByLabel('Din titel i utdragsbestyrkandet (valfritt)')
      .fill('Nämndsekreterare')
    await newExtract.getByRole('button', { name: 'Gör utdraget' }).click()
    await page.getByText(/^Utdrag § \d+ är gjort\.$/).waitFor()
    const extractLink = page.getByRole('link', { name: /^Utdrag § \d+ \(PDF\)$/ })
    const extractPdf = await page.request.get(
      `${server.url}${await extractLink.getAttribute('href')}`,
    )
    expect(extractPdf.headers()['content-type']).toBe('application/pdf')
    const dispatch = page.getByRole('region', { name: 'Registrera expediering' })
    await dispatch.getByLabel('Mottagare', { exact: true }).fill('Exempelbygg i Norr AB')
    await dispatch.getByLabel('Sätt', { exact: true }).selectOption({ label: 'Post' })
    await dispatch.getByRole('button', { name: 'Registrera expediering' }).click()
    await page.getByText('Utdraget är expedierat till Exempelbygg i Norr AB.').waitFor()
    const log = page.getByRole('table', { name: /expedierat till$/ })
    expect(await log.getByRole('row', { name: /Exempelbygg/ }).innerText()).toContain('Post')
    await axe.check(page, 'minutes-extracts')

    // The public notice board: no login, a phone, the posting with the same dates.
    const pub = await openBrowser({ viewport: { width: 390, height: 844 } })
    try {
      const p = pub.page
      await p.goto(`${server.url}/anslagstavla`)
      await p.getByRole('heading', { level: 1, name: 'Anslagstavla' }).waitFor()
      const card = p.getByRole('article', {
        name: `Justerat protokoll: Samhällsbyggnadsnämnden ${today}`,
      })
      await card.waitFor()
      const facts = await card.locator('dl').innerText()
      expect(facts).toContain(`Anslaget den\n${today}`)
      expect(facts).toContain(`Sista dag för överklagande\n${lastDay}`)
      expect(facts).toContain(`Anslaget tas ned\n${plusDays(lastDay, 1)}`)
      expect(facts).toContain('Samhällsbyggnadskontoret, kommunhuset')
      const section = p.getByRole('article', {
        name: new RegExp(
          `^Omedelbart justerad paragraf: Samhällsbyggnadsnämnden ${today}, § \\d+$`,
        ),
      })
      expect(await section.locator('dl').innerText()).toContain(
        `Sista dag för överklagande\n${lastDay}`,
      )
      await axe.check(p, 'notice-board')
      const pdfHref = await card
        .getByRole('link', { name: /^Protokollet \(PDF\)/ })
        .getAttribute('href')
      const pdf = await p.request.get(`${server.url}${pdfHref}`)
      expect(pdf.headers()['content-type']).toBe('application/pdf')
      await card
        .getByRole('link', {
          name: `Justerat protokoll: Samhällsbyggnadsnämnden ${today}`,
          exact: true,
        })
        .click()
      await p
        .getByRole('heading', {
          level: 1,
          name: `Justerat protokoll: Samhällsbyggnadsnämnden ${today}`,
        })
        .waitFor()
      expect(p.url()).toMatch(/\/anslagstavla\/[0-9a-f-]{36}$/)
      await axe.check(p, 'notice-board-posting')
      await p.getByRole('link', { name: 'Anslagstavlan' }).click()
      await p.getByRole('link', { name: 'Tidigare anslag (arkiv)' }).click()
      await p.getByRole('heading', { level: 1, name: 'Tidigare anslag' }).waitFor()
      await p.getByRole('heading', { name: 'Alla tidigare anslag' }).waitFor()
      await axe.check(p, 'notice-board-archive')
    } finally {
      await pub.close()
    }

    const signed = await page.request.get(`${server.url}/api/meetings/${heldMeeting}/minutes.pdf`)
    expect(signed.headers()['content-type']).toBe('application/pdf')
    expect((await signed.body()).toString('latin1')).toContain('/ByteRange')
    expect(axe.found, axe.report()).toEqual({})
  })
})
