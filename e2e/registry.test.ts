import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { logIn, openBrowser, type Browser } from './support/browser'
import { minimalPdf as pdfWithText } from '../server/test/support/minimal-pdf'
import { startKansli, type KansliServer } from './support/server'

// A word that occurs only inside the PDF's text layer, so finding it proves full-text search
// of file contents.
const RARE_WORD = 'Snöskoterled'

describe('registry in the browser', () => {
  let server: KansliServer
  let staff: Browser

  beforeAll(async () => {
    server = await startKansli()
    staff = await openBrowser()
    await logIn(staff.page, server.url, server.admin.username, server.admin.password)
  })

  afterAll(async () => {
    await staff?.close()
    await server?.stop()
  })

  test('a registrar registers an incoming document with a PDF, finds it by a word in the PDF and sees it on the case page', async () => {
    const page = staff.page
    const pdf = pdfWithText([
      'Ansökan till kommunen',
      `Vi ansöker om en ny ${RARE_WORD} längs älven mellan byarna.`,
    ])

    await page
      .getByRole('navigation', { name: 'Huvudmeny' })
      .getByRole('link', { name: 'Registrera handling' })
      .click()
    await expect.poll(() => page.url()).toBe(`${server.url}/registrera`)
    await page.getByLabel('Nytt ärende').check()
    const series = page.getByLabel('Diarieserie')
    await expect.poll(() => series.locator('option').count()).toBeGreaterThan(1)
    const firstSeries = await series.locator('option').nth(1).getAttribute('value')
    await series.selectOption(firstSeries ?? '')
    await page.getByLabel('Ärendemening').fill('Ansökan om tillstånd för terrängkörning')
    expect(await page.getByLabel('Inkommande').isChecked()).toBe(true)
    await page.getByLabel('Organisation', { exact: true }).check()
    await page.getByLabel('Namn på avsändare').fill('Älvdalens motorklubb')
    await page
      .getByLabel('Kort beskrivning / vad handlingen gäller')
      .fill('Ansökan med karta över föreslagen sträckning')
    await page
      .locator('#filer')
      .setInputFiles({ name: 'ansokan.pdf', mimeType: 'application/pdf', buffer: pdf })
    await page.getByRole('button', { name: 'Ta bort ansokan.pdf' }).waitFor()
    await page.getByRole('button', { name: 'Registrera handling' }).click()

    await page.getByRole('heading', { name: 'Handlingen är registrerad' }).waitFor()
    const registrationNumber = (await page.getByTestId('registreringsnummer').innerText()).trim()
    expect(registrationNumber).toMatch(/\S+-1$/)
    const caseNumber = registrationNumber.replace(/-1$/, '')

    await page.getByRole('link', { name: 'Sök i diariet' }).first().click()
    await page.getByLabel('Sökord').fill(RARE_WORD)
    await page.getByRole('button', { name: 'Sök', exact: true }).click()
    await page.getByRole('status').filter({ hasText: 'träff' }).waitFor()
    const hit = page.getByRole('link', { name: new RegExp(registrationNumber) })
    await hit.waitFor()
    await hit.click()

    await page.getByRole('heading', { level: 1, name: /terrängkörning/ }).waitFor()
    await page.getByText(`Ärende ${caseNumber}`).waitFor()
    const row = page.getByRole('row', { name: new RegExp(registrationNumber) })
    await expect.poll(() => row.innerText()).toContain('Inkommande')
    await expect.poll(() => row.innerText()).toContain('Älvdalens motorklubb')
    await expect
      .poll(() => row.innerText())
      .toContain('Ansökan med karta över föreslagen sträckning')
    const fileLink = row.getByRole('link', { name: 'ansokan.pdf' })
    await fileLink.waitFor()
    const download = await page.request.get(`${server.url}${await fileLink.getAttribute('href')}`)
    expect(download.status()).toBe(200)
    expect(Buffer.from(await download.body()).equals(pdf)).toBe(true)
    await page.getByRole('heading', { name: 'Händelser' }).waitFor()
    await page.getByText(`Handling registrerades: ${registrationNumber}`).waitFor()

    // Status change (a JSON POST with the CSRF token), shown in the facts and the history.
    await page.getByLabel('Kommentar till ändringen').fill('Beslut fattat av delegat')
    await page.getByRole('button', { name: 'Markera som beslutat' }).click()
    await page.getByText('Ärendets status är nu beslutat.').waitFor()
    await page.getByText('Status ändrades: Öppet → Beslutat (Beslut fattat av delegat)').waitFor()
    await page.getByRole('button', { name: 'Återöppna ärendet' }).waitFor()
  })

  test('a registrar creates a case on "Skapa ärende", is told its number and lands on its case page', async () => {
    const page = staff.page
    const title = 'Medborgarförslag om utegym vid Norrbyskolan'

    // Reachable from the registration form's choice of case …
    await page.goto(`${server.url}/registrera`)
    await page.getByRole('heading', { level: 1, name: 'Registrera handling' }).waitFor()
    await page.getByRole('link', { name: 'eller skapa ärendet först' }).click()
    await page.getByRole('heading', { level: 1, name: 'Skapa ärende' }).waitFor()
    expect(new URL(page.url()).pathname).toBe('/arenden/nytt')

    // … and from the overview's quick links.
    await page
      .getByRole('navigation', { name: 'Huvudmeny' })
      .getByRole('link', { name: 'Översikt' })
      .click()
    await page.getByRole('heading', { level: 1, name: 'Översikt' }).waitFor()
    await page
      .getByRole('main')
      .getByRole('link', { name: /^Skapa ärende/ })
      .click()
    await page.getByRole('heading', { level: 1, name: 'Skapa ärende' }).waitFor()

    // Missing fields, found in the browser.
    await page.getByRole('button', { name: 'Skapa ärende' }).click()
    const summary = page.getByRole('alert').filter({ hasText: 'Ärendet kunde inte skapas' })
    await summary.waitFor()
    expect(await summary.getByRole('link').allInnerTexts()).toEqual([
      'Välj en diarieserie.',
      'Ange ärendemening (ärendets rubrik).',
    ])
    expect(await page.locator('#arendemening').getAttribute('aria-invalid')).toBe('true')

    // A field error found by the server, shown next to its field.
    const series = page.getByLabel('Diarieserie')
    await expect.poll(() => series.locator('option').count()).toBeGreaterThan(1)
    const prefix = (await series.locator('option').nth(1).getAttribute('value')) ?? ''
    await series.selectOption(prefix)
    await page.getByLabel('Ärendemening', { exact: true }).fill(title)
    await page.getByLabel('Skydda ärendemeningen i offentlig vy').check()
    await page.getByLabel('Klassificering').fill('2.4.1!')
    await page.getByRole('button', { name: 'Skapa ärende' }).click()
    const codeError = page.locator('#klassificering-error')
    await codeError.waitFor()
    expect(await codeError.innerText()).toContain('Klassificeringskoden får bara innehålla')
    expect(await page.locator('#klassificering').getAttribute('aria-describedby')).toContain(
      'klassificering-error',
    )
    await summary.getByRole('link', { name: /Klassificeringskoden/ }).waitFor()
    expect(new URL(page.url()).pathname).toBe('/arenden/nytt')

    await page.getByLabel('Klassificering').fill('2.4.1')
    await page.getByRole('button', { name: 'Skapa ärende' }).click()

    const created = page.getByRole('status').filter({ hasText: 'har skapats' })
    await created.waitFor()
    const caseNumber = /Ärendet (\S+) har skapats\./.exec(await created.innerText())?.[1] ?? ''
    expect(caseNumber.startsWith(prefix)).toBe(true)
    await page.getByRole('heading', { level: 1, name: new RegExp(title) }).waitFor()
    await page.getByText(`Ärende ${caseNumber}`).waitFor()
    const id = /\/arenden\/([^/]+)$/.exec(new URL(page.url()).pathname)?.[1] ?? ''
    expect(id).not.toBe('nytt')
    const api = await page.request.get(`${server.url}/api/cases/${id}`)
    expect(await api.json()).toMatchObject({
      caseNumber,
      title,
      titleProtected: true,
      classificationCode: '2.4.1',
      documentCount: 0,
    })
    await page.getByText('Ärendemeningen är skyddad').waitFor()
    // The announcement is for this visit only.
    await page.reload()
    await page.getByRole('heading', { level: 1, name: new RegExp(title) }).waitFor()
    expect(await page.getByText('har skapats').count()).toBe(0)
  })

  test('the public e-diarium masks a protected sender of a confidential document', async () => {
    const page = staff.page
    const secretName = 'Kristina Testsson'
    const personnummer = '19121212-1212'
    await page.goto(`${server.url}/registrera`)
    await page.getByRole('heading', { level: 1, name: 'Registrera handling' }).waitFor()
    await page.getByLabel('Nytt ärende').check()
    const series = page.getByLabel('Diarieserie')
    await expect.poll(() => series.locator('option').count()).toBeGreaterThan(1)
    await series.selectOption((await series.locator('option').nth(1).getAttribute('value')) ?? '')
    await page
      .getByLabel('Ärendemening')
      .fill('Anmälan om kränkande behandling vid Strandvallsskolan')
    await page.getByLabel('Person', { exact: true }).check()
    await page.getByLabel('Namn på avsändare').fill(secretName)
    await page.getByLabel('Personnummer').fill(personnummer)
    await page
      .getByLabel('Kort beskrivning / vad handlingen gäller')
      .fill('Anmälan från vårdnadshavare')
    await page.getByLabel('Sekretessmarkera').check()
    await page.getByLabel('Sekretessgrund').fill('OSL 23:2')
    await page.getByLabel('Skydda avsändare/mottagare i offentlig vy').check()
    await page.getByRole('button', { name: 'Registrera handling' }).click()
    await page.getByRole('heading', { name: 'Handlingen är registrerad' }).waitFor()
    const registrationNumber = (await page.getByTestId('registreringsnummer').innerText()).trim()

    // The registrar sees the sender on the staff case page.
    await page.getByRole('link', { name: /Strandvallsskolan/ }).click()
    await page.getByRole('heading', { level: 1, name: /Strandvallsskolan/ }).waitFor()
    await expect
      .poll(() => page.getByRole('row', { name: new RegExp(registrationNumber) }).innerText())
      .toContain(secretName)

    const pub = await openBrowser()
    try {
      const p = pub.page
      await p.goto(`${server.url}/diarium`)
      await p.getByRole('heading', { level: 1, name: 'E-diarium' }).waitFor()
      expect(await p.getByRole('button', { name: 'Logga ut' }).count()).toBe(0)
      await p.getByLabel('Sökord').fill('Strandvallsskolan')
      await p.getByRole('button', { name: 'Sök', exact: true }).click()
      const hit = p.getByRole('link', { name: new RegExp(registrationNumber) })
      await hit.waitFor()
      expect(await p.content()).not.toContain('Testsson')
      await hit.click()

      await p.getByRole('heading', { level: 1, name: /Strandvallsskolan/ }).waitFor()
      const row = p.getByRole('row', { name: new RegExp(registrationNumber) })
      await expect.poll(() => row.innerText()).toContain('Sekretess enligt OSL 23:2')
      await expect.poll(() => row.innerText()).toContain('Anmälan från vårdnadshavare')
      await p.getByText('Sekretess').first().waitFor()
      const html = await p.content()
      expect(html).toContain('Sekretess')
      expect(html).not.toContain(secretName)
      expect(html).not.toContain('Testsson')
      expect(html).not.toContain('1212-1212')
      expect(html).not.toContain('121212')
    } finally {
      await pub.close()
    }
  })
})
