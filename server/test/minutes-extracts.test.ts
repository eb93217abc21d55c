import type { FastifyInstance } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { swedishDate } from '../src/domain/dates.js'
import type { Deps } from '../src/services/context.js'
import { electAttesters } from '../src/services/meetings/attesters.js'
import { recordDecision } from '../src/services/meetings/decision.js'
import { createExtract } from '../src/services/minutes/extracts.js'
import { finaliseMinutes } from '../src/services/minutes/finalise.js'
import { fixSectionForImmediateAttestation } from '../src/services/minutes/immediate-attestation.js'
import { signMinutes } from '../src/services/minutes/sign.js'
import { chmodSync, writeFileSync } from 'node:fs'
import { verifyAllFiles } from '../src/services/recovery/verify-files.js'
import { fixedCtx, storedFilePath, testDeps } from './support/builders.js'
import { ENGINES, openTestDatabase, type TestDatabase } from './support/engines.js'
import { loginAs, testApp } from './support/http.js'
import { holdKalmarMeeting } from './support/kalmar-minutes-meeting.js'
import { openKsauMeeting } from './support/minutes-builders.js'
import {
  expectArchivalPdf,
  expectInOrder,
  flatText,
  pdfDir,
  requirePdfTools,
} from './support/pdf-tools.js'
import { linkedUser, withSigning } from './support/signatures.js'

describe.each(ENGINES)('extracts and corrections on %s', (engine) => {
  let database: TestDatabase
  let deps: Deps
  let app: FastifyInstance
  const files = pdfDir()
  beforeAll(async () => {
    requirePdfTools()
    database = await openTestDatabase(engine)
    deps = withSigning(testDeps(database))
    app = await testApp(deps)
  })
  afterAll(async () => {
    files.cleanup()
    await app?.close()
    await database?.close()
  })

  it('makes certified extracts of attested minutes, logs each dispatch, and corrects by a new document', async () => {
    const k = await holdKalmarMeeting(deps)
    const ctx = fixedCtx('2024-03-28T10:00:00+01:00')
    // Before attestation there is nothing to extract from.
    await expect(
      createExtract(deps, ctx, k.secretary, { meetingId: k.meetingId, sectionNumbers: [29] }),
    ).rejects.toMatchObject({ code: 'minutes_not_attested' })
    await finaliseMinutes(deps, ctx, k.secretary, { meetingId: k.meetingId })
    await expect(
      createExtract(deps, ctx, k.secretary, { meetingId: k.meetingId, sectionNumbers: [29] }),
    ).rejects.toMatchObject({ code: 'minutes_not_attested' })
    for (const name of ['Erik Ciardi', 'Dzenita Abaza']) {
      const u = await linkedUser(deps, k.w, k.ksau.seats.get(name)!, name)
      await signMinutes(deps, ctx, u, { meetingId: k.meetingId })
    }

    const staff = await loginAs(app, k.secretary.username)
    const base = `/api/meetings/${k.meetingId}/minutes`
    const bad = await app.inject({
      method: 'POST',
      url: `${base}/extracts`,
      headers: staff,
      payload: { sectionNumbers: [29, 99] },
    })
    expect(bad.statusCode).toBe(409)
    expect(bad.json().error.code).toBe('sections_not_found')
    const made = await app.inject({
      method: 'POST',
      url: `${base}/extracts`,
      headers: staff,
      payload: { sectionNumbers: [30, 29], certifiedTitle: 'Nämndsekreterare' },
    })
    expect(made.statusCode).toBe(201)
    const id = made.json().id as string
    const pdf = await app.inject({
      method: 'GET',
      url: `${base}/extracts/${id}/pdf`,
      headers: staff,
    })
    const path = files.save('utdrag.pdf', pdf.rawPayload)
    expectArchivalPdf(
      path,
      'Protokollsutdrag – Kommunstyrelsens arbetsutskott 2024-03-26, §§ 29–30',
      /^Testkommun /,
    )
    expectInOrder(flatText(path), [
      'Protokollsutdrag, sammanträdesdatum 2024-03-26',
      'Paragrafer §§ 29–30',
      'Protokollet justerat 2024-03-28',
      'Justeringen anslagen 2024-03-28',
      'Sista dag för överklagande 2024-04-18',
      '§ 29 På lika villkor - HBTQIA+- strategi 2024-2026',
      '§ 30 Revidering av avgifter för kopior av allmänna handlingar',
      'Utdragsbestyrkande',
      'Utdraget överensstämmer med originalprotokollet.',
      `Datum ${swedishDate(new Date())}`, // the HTTP app runs on the real clock
      'Namn Anette Mellström',
      'Befattning Nämndsekreterare',
    ])
    expect(flatText(path)).not.toContain('§ 31 Kalmar kommuns årsredovisning')

    const dispatch = (payload: object) =>
      app.inject({
        method: 'POST',
        url: `${base}/extracts/${id}/dispatches`,
        headers: staff,
        payload,
      })
    expect(
      (await dispatch({ recipient: 'Kommunfullmäktige', channel: 'brevduva' })).statusCode,
    ).toBe(400)
    expect(
      (
        await dispatch({
          recipient: 'Kommunfullmäktige',
          channel: 'email',
          dispatchedAt: '2030-01-01T00:00:00Z',
        })
      ).statusCode,
    ).toBe(400)
    expect(
      (await dispatch({ recipient: 'Kommunfullmäktige', channel: 'internalMail' })).statusCode,
    ).toBe(201)
    const last = await dispatch({
      recipient: 'Kalmar Vatten AB',
      channel: 'email',
      address: 'registrator@kalmarvatten.se',
    })
    expect(last.json().extracts[0].dispatches).toMatchObject([
      { recipient: 'Kommunfullmäktige', channel: 'internalMail', dispatchedBy: 'Anette Mellström' },
      { recipient: 'Kalmar Vatten AB', channel: 'email', address: 'registrator@kalmarvatten.se' },
    ])
    const outsider = await linkedUser(
      deps,
      k.w,
      k.ksau.seats.get('Liselotte Ross')!,
      'Liselotte Ross',
    )
    const member = await loginAs(app, outsider.username)
    expect(
      (await app.inject({ method: 'GET', url: `${base}/extracts`, headers: member })).statusCode,
    ).toBe(403)

    // A correction is a new, registered document; the attested minutes stay as signed.
    const before = (await app.inject({ method: 'GET', url: `${base}.pdf`, headers: staff }))
      .rawPayload
    const corrected = await app.inject({
      method: 'POST',
      url: `${base}/corrections`,
      headers: staff,
      payload: {
        text: 'I § 31 ska Dnr vara KS 2023/0069, inte KS 2023/0096.',
        sectionNumbers: [31],
      },
    })
    expect(corrected.statusCode).toBe(201)
    expect(corrected.json().registration).toMatchObject({ status: 'registered' })
    const doc = await deps.db
      .selectFrom('documents as d')
      .innerJoin('cases as c', 'c.id', 'd.case_id')
      .select(['c.title', 'd.description'])
      .where('d.id', '=', corrected.json().registration.documentId)
      .executeTakeFirstOrThrow()
    expect(doc).toEqual({
      title: 'Protokoll Kommunstyrelsens arbetsutskott 2024',
      description: 'Rättelse av protokoll – Kommunstyrelsens arbetsutskott 2024-03-26, § 31',
    })
    const after = (await app.inject({ method: 'GET', url: `${base}.pdf`, headers: staff }))
      .rawPayload
    expect(after.equals(before)).toBe(true)
    const list = await app.inject({ method: 'GET', url: `${base}/corrections`, headers: staff })
    expect(list.json().corrections).toHaveLength(1)
    const correction = await deps.db
      .selectFrom('minutes_corrections')
      .select('sha256')
      .where('id', '=', corrected.json().id)
      .executeTakeFirstOrThrow()
    const stored = await deps.files.read(correction.sha256)
    if (!('bytes' in stored)) throw new Error('correction missing')
    const correctionPath = files.save('rattelse.pdf', stored.bytes)
    expectArchivalPdf(
      correctionPath,
      'Rättelse av protokoll – Kommunstyrelsens arbetsutskott 2024-03-26, § 31',
      /^Testkommun /,
    )
    expect(flatText(correctionPath)).toContain('Det justerade protokollet ändras inte.')

    // `kansli verify` checks the minutes' files too, and names an altered extract.
    const clean = await verifyAllFiles(deps)
    expect(clean.problems).toEqual([])
    const extractSha = (
      await deps.db
        .selectFrom('minutes_extracts')
        .select('sha256')
        .where('id', '=', id)
        .executeTakeFirstOrThrow()
    ).sha256
    const file = storedFilePath(deps, extractSha)
    chmodSync(file, 0o644)
    writeFileSync(file, 'krypterad av angriparen')
    const after2 = await verifyAllFiles(deps)
    expect(after2.checked).toBe(clean.checked)
    expect(after2.problems).toMatchObject([
      {
        belongsTo: 'Protokollsutdrag Kommunstyrelsens arbetsutskott 2024-03-26',
        problem: 'altered',
      },
    ])
  })

  it('extracts an immediately attested § while the rest of the minutes are not yet attested', async () => {
    const h = await openKsauMeeting(deps, { items: [{ title: 'A' }, { title: 'B' }] })
    await electAttesters(deps, h.ctx, h.secretary, {
      meetingId: h.meetingId,
      attesterIds: [h.people.get('Dzenita Abaza')!],
    })
    for (const t of ['A', 'B']) {
      await recordDecision(deps, h.ctx, h.secretary, {
        meetingId: h.meetingId,
        itemId: h.items.get(t)!,
        text: `Beslut ${t}.`,
      })
    }
    const doc = await fixSectionForImmediateAttestation(deps, h.ctx, h.secretary, {
      meetingId: h.meetingId,
      itemId: h.items.get('B')!,
    })
    for (const name of ['Erik Ciardi', 'Dzenita Abaza']) {
      const u = await linkedUser(deps, h.w, h.people.get(name)!, name)
      await signMinutes(deps, h.ctx, u, { meetingId: h.meetingId, documentId: doc.id })
    }
    const extract = await createExtract(deps, h.ctx, h.secretary, {
      meetingId: h.meetingId,
      sectionNumbers: [2],
    })
    expect(extract.minutes_document_id).toBe(doc.id)
    await expect(
      createExtract(deps, h.ctx, h.secretary, { meetingId: h.meetingId, sectionNumbers: [1] }),
    ).rejects.toMatchObject({ code: 'minutes_not_attested' })
    await expect(
      createExtract(deps, h.ctx, h.secretary, { meetingId: h.meetingId, sectionNumbers: [3] }),
    ).rejects.toMatchObject({ code: 'sections_not_found' })
  })
})
