import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { AxeFindings } from './support/axe-findings'
import { BoardApi, plusDays, swedishDate } from './support/board-api'
import { logIn, openBrowser, type Browser } from './support/browser'
import { startKansli, type KansliServer } from './support/server'

const PASSWORD = 'e2e-Delegation-1'

describe("delegation and officials' reports in the browser", () => {
  let server: KansliServer
  let admin: BoardApi
  let secretary: Browser
  let sbn: string
  const axe = new AxeFindings()
  const today = swedishDate(new Date())

  beforeAll(async () => {
    server = await startKansli()
    admin = await BoardApi.login(server.url, server.admin.username, server.admin.password)
    sbn = await admin.committeeId('SBN')
    await admin.put(`/api/committees/${sbn}/settings`, { noticeDaysBefore: 5 })
    await admin.createUser({
      username: 'sekreterare',
      displayName: 'Selma Sekreterare',
      password: PASSWORD,
      roles: ['secretary'],
    })
    secretary = await openBrowser()
    await logIn(secretary.page, server.url, 'sekreterare', PASSWORD)
  })

  afterAll(async () => {
    await secretary?.close()
    await admin?.close()
    await server?.stop()
  })

  test('a delegation scheme is drafted, a point added and changed, and the draft adopted', async () => {
    const page = secretary.page
    await page.goto(`${server.url}/organ/${sbn}`)
    await page.getByRole('link', { name: 'Delegationsordning' }).click()
    await page.getByRole('heading', { level: 1, name: /Delegationsordning/ }).waitFor()
    await page.getByRole('heading', { name: 'Ingen version gäller' }).waitFor()
    await page.getByRole('button', { name: 'Påbörja delegationsordning' }).click()
    await page.getByText('Utkast till version 1 är påbörjat.').waitFor()

    const add = page.getByRole('region', { name: 'Lägg till punkt' })
    await add.getByRole('button', { name: 'Lägg till punkten' }).click()
    await page.getByRole('alert').filter({ hasText: 'Punkten kunde inte sparas' }).waitFor()
    await axe.check(page, 'delegation-scheme-errors')
    await add.getByLabel('Nummer', { exact: true }).fill('3.1')
    await add.getByLabel('Lagrum (valfritt)').fill('PBL 9 kap.')
    await add.getByLabel('Ärende: vad delegaten får besluta').fill('Beslut om bygglov')
    await add.getByLabel('Befattning', { exact: true }).fill('Bygglovschef')
    await add.getByLabel('Högsta belopp (kr) (valfritt)').fill('500000')
    await add.getByRole('button', { name: 'Lägg till punkten' }).click()
    await page.getByText('Punkt 3.1 är sparad i utkastet.').waitFor()

    const draft = page.getByRole('table', { name: 'Utkast till version 1' })
    await draft.getByRole('button', { name: 'Ändra punkt 3.1' }).click()
    const edit = page.getByRole('region', { name: 'Ändra punkt 3.1' })
    await edit
      .getByLabel('Ärende: vad delegaten får besluta')
      .fill('Beslut om bygglov för en- och tvåbostadshus')
    await edit.getByRole('button', { name: 'Spara punkten' }).click()
    await page.getByText('Punkt 3.1 är sparad i utkastet.').waitFor()
    await expect
      .poll(() => draft.getByRole('row', { name: /3\.1/ }).innerText())
      .toContain('en- och tvåbostadshus')
    expect(await draft.getByRole('row', { name: /3\.1/ }).innerText()).toMatch(/Högst 500\s000 kr/)
    await axe.check(page, 'delegation-scheme-draft')

    const adopt = page.getByRole('region', { name: 'Anta utkastet' })
    await adopt.getByLabel('Antagen den', { exact: true }).fill(today)
    await adopt.getByRole('button', { name: 'Anta utkastet' }).click()
    await page.getByText(`Version 1 är antagen och gäller från ${today}.`).waitFor()
    await page.getByRole('heading', { name: `Gällande version 1, från ${today}` }).waitFor()
    const inForce = page.getByRole('table', { name: 'Gällande delegationspunkter' })
    expect(await inForce.getByRole('row', { name: /3\.1/ }).innerText()).toContain('Bygglovschef')
    await page.getByRole('button', { name: 'Påbörja revidering' }).waitFor()
    await axe.check(page, 'delegation-scheme')
  })

  test('a delegated decision is registered and reported to the next meeting', async () => {
    const page = secretary.page
    await page.getByRole('link', { name: 'Delegationsbeslut' }).first().click()
    await page.getByRole('heading', { level: 1, name: /Delegationsbeslut/ }).waitFor()
    await page.getByText('Inga delegationsbeslut.').waitFor()

    const form = page.getByRole('region', { name: 'Registrera delegationsbeslut' })
    await form.getByLabel('Beslutsdatum', { exact: true }).fill(today)
    await form.getByLabel('Beslutsfattare', { exact: true }).fill('Eva Bygg')
    await form.getByLabel('Befattning (valfritt)').fill('Bygglovschef')
    await form
      .getByLabel('Delegationspunkt', { exact: true })
      .selectOption({ label: '3.1 Beslut om bygglov för en- och tvåbostadshus' })
    await form.getByLabel('Diarienummer (valfritt)').fill('SBN-2025-09999')
    await form
      .getByLabel('Beslut', { exact: true })
      .fill('Bygglov beviljas för förråd på fastigheten Tallen 4.')
    await form.getByRole('button', { name: 'Registrera beslutet' }).click()
    await page
      .locator('#delegation-dnr-error')
      .getByText('Inget ärende har diarienumret SBN-2025-09999.')
      .waitFor()
    await axe.check(page, 'delegated-decisions-errors')
    await form.getByLabel('Diarienummer (valfritt)').fill('SBN-2025-00214')
    await form.getByRole('button', { name: 'Registrera beslutet' }).click()
    await page.getByText('Delegationsbeslutet enligt punkt 3.1 är registrerat.').waitFor()
    const list = page.getByRole('table', { name: 'Delegationsbeslut' })
    const row = list.getByRole('row', { name: /Bygglov beviljas/ })
    await expect.poll(() => row.innerText()).toContain('SBN-2025-00214')
    expect(await row.innerText()).toContain('Ej anmält')
    await axe.check(page, 'delegated-decisions')

    // The next meeting's delegation-report item gets it.
    const meeting = await admin.post<{ id: string }>('/api/meetings', {
      committeeId: sbn,
      meetsOn: plusDays(today, 10),
      startsAt: '13:00',
      place: 'Kommunhuset',
    })
    await admin.post(`/api/meetings/${meeting.id}/agenda`, { kind: 'delegationReport' })
    await page.goto(`${server.url}/sammantraden/${meeting.id}`)
    const report = page.getByRole('region', { name: 'Redovisning av delegationsbeslut' })
    await report.getByText('Inga delegationsbeslut är anmälda till sammanträdet.').waitFor()
    await report.getByRole('button', { name: 'Anmäl till sammanträdet' }).click()
    await page.getByText('1 beslut är anmält till sammanträdet.').waitFor()
    const rows = page.getByRole('table', { name: 'Delegationsbeslut som anmäls' })
    const reported = rows.getByRole('row', { name: /Bygglov beviljas/ })
    expect(await reported.innerText()).toContain('Bygglovschef Eva Bygg')
    expect(await reported.innerText()).toContain('3.1')
    await axe.check(page, 'meeting-delegation-report')

    await page.goto(`${server.url}/organ/${sbn}/delegationsbeslut?visa=reported`)
    await expect
      .poll(() => page.getByRole('row', { name: /Bygglov beviljas/ }).innerText())
      .toContain(`Sammanträdet ${plusDays(today, 10)}`)
  })

  test('an official report is drafted in a case, previewed, finalised and registered, then revised', async () => {
    const page = secretary.page
    const c = await admin.get<{ id: string }>('/api/cases/SBN-2025-00288')
    await page.goto(`${server.url}/arenden/${c.id}`)
    await page.getByRole('link', { name: 'Tjänsteskrivelser' }).click()
    await page.getByRole('heading', { level: 1, name: /Tjänsteskrivelser/ }).waitFor()
    await page.getByText('Ärendet har inga tjänsteskrivelser.').waitFor()
    const create = page.getByRole('region', { name: 'Skriv tjänsteskrivelse' })
    expect(await create.getByLabel('Rubrik', { exact: true }).inputValue()).toBe(
      'Upphandling – ramavtal mark- och anläggningsentreprenader 2026–2028',
    )
    await create
      .getByLabel('Till', { exact: true })
      .selectOption({ label: 'Samhällsbyggnadsnämnden' })
    await axe.check(page, 'case-reports')
    await create.getByRole('button', { name: 'Skapa utkast' }).click()
    await page.getByRole('heading', { level: 1, name: /Upphandling – ramavtal/ }).waitFor()

    const draft = page.getByRole('region', { name: 'Utkast' })
    await draft
      .getByLabel('Förslag till beslut (valfritt)')
      .fill(
        'Samhällsbyggnadsnämnden beslutar\n- att anta tilldelningsbeslutet\n- att teckna ramavtal',
      )
    await draft.getByLabel('Sammanfattning av ärendet (valfritt)').fill('Tre anbud har kommit in.')
    await draft
      .getByLabel('Jämställdhetsanalys (valfritt)')
      .fill('Beslutet bedöms inte påverka jämställdheten.')
    await draft
      .getByLabel('Barnrättskonsekvensanalys (valfritt)')
      .fill('Beslutet berör inte barn direkt.')
    await draft
      .getByLabel('Beslutsunderlag (valfritt)')
      .fill('Tilldelningsrapport\nAnbudsöppningsprotokoll')
    await draft.getByLabel('Namn (valfritt)', { exact: true }).fill('Åke Öhman')
    await draft.getByLabel('Titel (valfritt)', { exact: true }).fill('Upphandlare')
    await draft.getByRole('button', { name: 'Spara utkastet' }).click()
    await page.getByText('Utkastet är sparat.').waitFor()
    await axe.check(page, 'report-draft')
    const preview = await page.request.get(
      `${server.url}${await page.getByRole('link', { name: 'Förhandsgranska som webbsida' }).getAttribute('href')}`,
    )
    const html = await preview.text()
    expect(html).toContain('att anta tilldelningsbeslutet')
    expect(html).toContain('Åke Öhman')

    await page.getByRole('button', { name: 'Färdigställ och registrera' }).click()
    await page
      .getByText(
        /^Tjänsteskrivelsen är färdigställd och registrerad som handling SBN-2025-00288-\d+\.$/,
      )
      .waitFor()
    await page.getByRole('heading', { name: 'Jämställdhetsanalys' }).waitFor()
    expect(await page.getByRole('region', { name: 'Förslag till beslut' }).innerText()).toContain(
      'att teckna ramavtal',
    )
    await axe.check(page, 'report-final')

    await page.getByRole('button', { name: 'Skriv en ny version' }).click()
    await page.getByRole('region', { name: 'Utkast' }).waitFor()
    expect(
      await page
        .getByRole('region', { name: 'Utkast' })
        .getByLabel('Sammanfattning av ärendet (valfritt)')
        .inputValue(),
    ).toBe('Tre anbud har kommit in.')
    await page.getByRole('link', { name: 'Ärendets tjänsteskrivelser' }).click()
    const list = page.getByRole('table', { name: 'Tjänsteskrivelser' })
    await expect.poll(() => list.getByRole('row').count()).toBe(3)
    expect(await list.innerText()).toContain('Ersatt av en ny version')
    expect(axe.found, axe.report()).toEqual({})
  })
})
