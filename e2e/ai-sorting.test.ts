import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { AxeFindings } from './support/axe-findings'
import { BoardApi, swedishDate } from './support/board-api'
import { logIn, openBrowser, type Browser } from './support/browser'
import { startKansli, type KansliServer } from './support/server'

const PASSWORD = 'e2e-Sortering-Lösen-1'

/** Registers a document in a new case through the form, as a registrar does. */
async function registerThroughForm(b: Browser, title: string) {
  const page = b.page
  await page
    .getByRole('navigation', { name: 'Huvudmeny' })
    .getByRole('link', { name: 'Registrera handling' })
    .click()
  await page.getByRole('heading', { level: 1, name: 'Registrera handling' }).waitFor()
  await page.getByLabel('Nytt ärende').check()
  const series = page.getByLabel('Diarieserie')
  await expect.poll(() => series.locator('option').count()).toBeGreaterThan(1)
  await series.selectOption((await series.locator('option').nth(1).getAttribute('value')) ?? '')
  await page.getByLabel('Ärendemening').fill(title)
  await page.getByLabel('Organisation', { exact: true }).check()
  await page.getByLabel('Namn på avsändare').fill('Kalix Folkets Hus')
  await page
    .getByLabel('Kort beskrivning / vad handlingen gäller')
    .fill('Ansökan om bidrag till verksamheten 2026')
  await page.getByRole('button', { name: 'Registrera handling' }).click()
  await page.getByRole('heading', { name: 'Handlingen är registrerad' }).waitFor()
}

describe('ärendesortering in the registration flow (issue 4)', () => {
  let server: KansliServer
  let admin: BoardApi
  let trained: Browser
  let untrained: Browser
  const axe = new AxeFindings()

  beforeAll(async () => {
    server = await startKansli()
    admin = await BoardApi.login(server.url, server.admin.username, server.admin.password)
    const sara = await admin.createUser({
      username: 'sara.sortering',
      displayName: 'Sara Sortering',
      password: PASSWORD,
      roles: ['registrar'],
    })
    await admin.createUser({
      username: 'olle.outbildad',
      displayName: 'Olle Outbildad',
      password: PASSWORD,
      roles: ['registrar'],
    })
    await admin.post('/api/ai/trainings', {
      userId: sara,
      completedOn: swedishDate(new Date()),
      course: 'Kommunens AI-utbildning',
    })
    // The model learns from the demo registry: the municipality's own registrations.
    await admin.post('/api/ai/sorting/train', {})
    trained = await openBrowser({ viewport: { width: 375, height: 812 } })
    await logIn(trained.page, server.url, 'sara.sortering', PASSWORD)
    untrained = await openBrowser()
    await logIn(untrained.page, server.url, 'olle.outbildad', PASSWORD)
  })

  afterAll(async () => {
    await Promise.all([trained?.close(), untrained?.close()])
    await admin?.close()
    await server?.stop()
  })

  test('a trained registrar gets suggestions after registering, on a phone, and records her choice', async () => {
    const page = trained.page
    await registerThroughForm(trained, 'Bidrag till Folkets Hus verksamhet 2026')
    const panel = page.getByRole('region', { name: 'AI-förslag: ärendesortering' })
    await panel.getByRole('button', { name: 'Visa AI-förslag' }).click()
    await panel.getByText('AI-förslag – ej granskat').waitFor()
    for (const legend of ['Diarieserie', 'Ärende', 'Nämnd', 'Handläggare'])
      await panel.getByRole('group', { name: legend }).waitFor()
    const series = panel.getByRole('group', { name: 'Diarieserie' })
    // Three suggestions with their confidence, then "none" and "not yet".
    expect(await series.getByRole('radio').count()).toBe(5)
    expect(await series.innerText()).toMatch(/\d+ %/)
    expect(await page.evaluate(() => document.documentElement.scrollWidth > innerWidth)).toBe(false)
    await axe.check(page, 'sorting-suggestions')

    await series.getByRole('radio').first().check()
    await panel
      .getByRole('group', { name: 'Ärende' })
      .getByRole('radio', { name: 'Inget av förslagen' })
      .check()
    await panel.getByRole('button', { name: 'Spara mitt val' }).click()
    await panel.getByText('Ditt val är sparat.').waitFor()
    expect(await series.innerText()).toContain('Sparat val: det första förslaget valt')
    expect(await panel.getByRole('group', { name: 'Ärende' }).innerText()).toContain(
      'Sparat val: inget av förslagen valt',
    )
    expect(await panel.getByRole('group', { name: 'Nämnd' }).innerText()).toContain(
      'Sparat val: inte avgjort',
    )
    await axe.check(page, 'sorting-choice-saved')
  })

  test('without a current AI training the registrar is told why, in Swedish', async () => {
    const page = untrained.page
    await registerThroughForm(untrained, 'Bidrag till hembygdsföreningen 2026')
    const panel = page.getByRole('region', { name: 'AI-förslag: ärendesortering' })
    await panel.getByRole('button', { name: 'Visa AI-förslag' }).click()
    const alert = panel.getByRole('alert')
    await expect.poll(() => alert.innerText()).toMatch(/AI-utbildning/)
    expect(await panel.getByRole('group').count()).toBe(0)
    await axe.check(page, 'sorting-training-required')
    expect(axe.found, axe.report()).toEqual({})
  })
})
