import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Deps } from '../src/services/context.js'
import { closeMeeting } from '../src/services/meetings/close-meeting.js'
import { recordDecision } from '../src/services/meetings/decision.js'
import { electAttesters } from '../src/services/meetings/attesters.js'
import { setDissentGrounds } from '../src/services/meetings/dissents.js'
import { finaliseMinutes, withdrawMinutes } from '../src/services/minutes/finalise.js'
import { fixSectionForImmediateAttestation } from '../src/services/minutes/immediate-attestation.js'
import { minutesDocumentPdf, minutesPdf } from '../src/services/minutes/minutes-files.js'
import { readMinutes } from '../src/services/minutes/read-minutes.js'
import { recordRecusal } from '../src/services/meetings/recusal.js'
import { recordDeparture, rollCall } from '../src/services/meetings/roll-call.js'
import { readMeeting } from '../src/services/meetings/read-meeting.js'
import { editSectionText } from '../src/services/minutes/section-texts.js'
import { signMinutes } from '../src/services/minutes/sign.js'
import { fixedCtx, testDeps } from './support/builders.js'
import { ENGINES, openTestDatabase, type TestDatabase } from './support/engines.js'
import { holdKalmarMeeting } from './support/kalmar-minutes-meeting.js'
import { openKsauMeeting } from './support/minutes-builders.js'
import { flatText, pdfDir, requirePdfTools, run } from './support/pdf-tools.js'
import { linkedUser, pdfsigBlocks, withSigning } from './support/signatures.js'

describe.each(ENGINES)('attestation on %s', (engine) => {
  let database: TestDatabase
  let deps: Deps
  const files = pdfDir()
  beforeAll(async () => {
    requirePdfTools()
    database = await openTestDatabase(engine)
    deps = withSigning(testDeps(database))
  })
  afterAll(async () => {
    files.cleanup()
    await database?.close()
  })

  const expectValidSignatures = (bytes: Uint8Array, names: string[], file: string) => {
    const path = files.save(file, bytes)
    expect(run('qpdf', '--check', path)).toContain('No syntax or stream encoding errors')
    const blocks = pdfsigBlocks(path)
    expect(blocks).toHaveLength(names.length)
    names.forEach((name, i) => {
      expect(blocks[i]).toContain(`Signer Certificate Common Name: ${name}`)
      expect(blocks[i]).toContain('Signature Type: ETSI.CAdES.detached')
      expect(blocks[i]).toContain('Signature Validation: Signature is Valid.')
    })
    return path
  }

  it('fixes the Kalmar minutes, has the chair and the attester sign, attests, posts and registers them', async () => {
    const k = await holdKalmarMeeting(deps)
    const day = (d: string) => fixedCtx(`${d}T14:00:00+01:00`)
    const chair = await linkedUser(deps, k.w, k.ksau.seats.get('Erik Ciardi')!, 'Erik Ciardi')
    const attester = await linkedUser(
      deps,
      k.w,
      k.ksau.seats.get('Dzenita Abaza')!,
      'Dzenita Abaza',
    )
    const other = await linkedUser(deps, k.w, k.ksau.seats.get('Johan Persson')!, 'Johan Persson')
    await expect(
      signMinutes(deps, day('2024-03-27'), chair, { meetingId: k.meetingId }),
    ).rejects.toMatchObject({
      code: 'minutes_document_not_found',
    })
    const first = await finaliseMinutes(deps, day('2024-03-27'), k.secretary, {
      meetingId: k.meetingId,
    })
    await expect(
      finaliseMinutes(deps, day('2024-03-27'), k.secretary, { meetingId: k.meetingId }),
    ).rejects.toMatchObject({
      code: 'minutes_finalised',
    })
    await expect(
      editSectionText(deps, day('2024-03-27'), k.secretary, {
        meetingId: k.meetingId,
        itemId: k.items[0]!.id,
        background: 'X',
      }),
    ).rejects.toMatchObject({ code: 'minutes_finalised' })
    // Nobody has signed: the secretary may take it back, correct a §, and send it again.
    await withdrawMinutes(deps, day('2024-03-27'), k.secretary, { meetingId: k.meetingId })
    await editSectionText(deps, day('2024-03-27'), k.secretary, {
      meetingId: k.meetingId,
      itemId: k.items[2]!.id,
      recipients: ['Kommunfullmäktige'],
    })
    const doc = await finaliseMinutes(deps, day('2024-03-27'), k.secretary, {
      meetingId: k.meetingId,
      storedAt: 'Kommunledningskontoret, Kalmar',
    })
    expect(doc.id).not.toBe(first.id)

    await expect(
      signMinutes(deps, day('2024-03-27'), other, { meetingId: k.meetingId }),
    ).rejects.toMatchObject({
      code: 'not_a_signer',
    })
    await expect(
      signMinutes(deps, day('2024-03-27'), k.secretary, { meetingId: k.meetingId }),
    ).rejects.toMatchObject({
      code: 'not_a_signer',
    })
    const one = await signMinutes(deps, day('2024-03-27'), chair, { meetingId: k.meetingId })
    expect(one).toMatchObject({ attested: false, postingId: null, registration: null })
    await expect(
      withdrawMinutes(deps, day('2024-03-27'), k.secretary, { meetingId: k.meetingId }),
    ).rejects.toMatchObject({
      code: 'minutes_signed',
    })
    await expect(
      signMinutes(deps, day('2024-03-27'), chair, { meetingId: k.meetingId }),
    ).rejects.toMatchObject({
      code: 'already_signed',
    })
    const during = await readMinutes(deps, day('2024-03-27'), k.secretary, k.meetingId)
    expect(during.stage).toBe('awaitingSignatures')
    expect(during.signers.map((s) => [s.name, !!s.signedAt])).toEqual([
      ['Erik Ciardi', true],
      ['Dzenita Abaza', false],
    ])
    const two = await signMinutes(deps, day('2024-03-28'), attester, { meetingId: k.meetingId })
    expect(two.attested).toBe(true)
    expect(two.registration).toMatchObject({ status: 'registered' })

    const done = await readMinutes(deps, day('2024-03-28'), k.secretary, k.meetingId)
    expect(done.meeting.status).toBe('attested')
    expect(
      (await readMeeting(deps, day('2024-03-28'), k.secretary, k.meetingId)).attestation,
    ).toMatchObject({
      status: 'attested',
      attestedOn: '2024-03-28',
    })
    expect(done.stage).toBe('attested')
    expect(done.attestation).toMatchObject({
      status: 'attested',
      attestedOn: '2024-03-28',
      deadline: '2024-04-09',
    })
    // Posted on the day of attestation; three weeks to Thursday 18 April, down on the 19th.
    expect(done.postings).toHaveLength(1)
    expect(done.postings[0]).toMatchObject({
      attested_on: '2024-03-28',
      posted_on: '2024-03-28',
      last_appeal_day: '2024-04-18',
      take_down_on: '2024-04-19',
      stored_at: 'Kommunledningskontoret, Kalmar',
      signed_by: 'Anette Mellström',
      section_numbers: [27, 28, 29, 30, 31, 32, 33, 34, 35, 36],
    })
    expect(done.view.posting).toEqual({
      postedOn: '2024-03-28',
      lastAppealDay: '2024-04-18',
      takeDownOn: '2024-04-19',
      storedAt: 'Kommunledningskontoret, Kalmar',
      signedBy: 'Anette Mellström',
    })

    // The stored file: the fixed PDF with two signatures appended, both valid (pdfsig).
    const pdf = await minutesPdf(deps, day('2024-03-28'), k.secretary, k.meetingId)
    const unsigned = await deps.files.read(doc.unsigned_sha256)
    if (!('bytes' in unsigned)) throw new Error('unsigned minutes missing')
    expect(
      Buffer.from(pdf.bytes.subarray(0, unsigned.bytes.length)).equals(Buffer.from(unsigned.bytes)),
    ).toBe(true)
    const path = expectValidSignatures(
      pdf.bytes,
      ['Erik Ciardi', 'Dzenita Abaza'],
      'kalmar-signed.pdf',
    )
    const text = flatText(path)
    expect(text).toContain('Anslagsbeviset, med datum för anslag, sista dag för överklagande')
    expect(text).toContain('Omfattning §§ 27–36')

    // Registered as a drawn-up document in KSAU's minutes case for 2024, in KS's series.
    const registered = await deps.db
      .selectFrom('documents as d')
      .innerJoin('cases as c', 'c.id', 'd.case_id')
      .innerJoin('document_files as f', 'f.document_id', 'd.id')
      .select([
        'c.title',
        'd.description',
        'd.direction',
        'd.document_date',
        'd.confidential',
        'f.sha256',
      ])
      .where('d.id', '=', done.document!.registered_document_id!)
      .executeTakeFirstOrThrow()
    expect(registered).toEqual({
      title: 'Protokoll Kommunstyrelsens arbetsutskott 2024',
      description: 'Protokoll Kommunstyrelsens arbetsutskott 2024-03-26, §§ 27–36',
      direction: 'drawnUp',
      document_date: '2024-03-28',
      confidential: false,
      sha256: done.document!.current_sha256,
    })

    // Final: nothing in the attested minutes changes, and nothing more is signed.
    const later = day('2024-03-29')
    await expect(
      editSectionText(deps, later, k.secretary, {
        meetingId: k.meetingId,
        itemId: k.items[0]!.id,
        background: 'X',
      }),
    ).rejects.toMatchObject({
      code: 'minutes_attested',
      message: expect.stringMatching(/justerat och kan inte ändras/),
    })
    await expect(
      finaliseMinutes(deps, later, k.secretary, { meetingId: k.meetingId }),
    ).rejects.toMatchObject({
      code: 'minutes_attested',
    })
    await expect(signMinutes(deps, later, other, { meetingId: k.meetingId })).rejects.toMatchObject(
      {
        code: 'minutes_attested',
      },
    )
    await expect(
      recordDecision(deps, later, k.secretary, {
        meetingId: k.meetingId,
        itemId: k.items[0]!.id,
        text: 'Nytt.',
      }),
    ).rejects.toMatchObject({ code: 'meeting_status' })
  })

  it('keeps every signature valid with å/ä/ö names, and when two attesters sign at once', async () => {
    const h = await openKsauMeeting(deps, {
      items: [{ title: 'Information om budgetläget' }],
      present: [
        'Erik Ciardi',
        'Hanne Lindqvist',
        'Dzenita Abaza',
        'Liselotte Ross',
        'Åsa Öberg',
        'Björn Ängström',
      ],
    })
    const it = { meetingId: h.meetingId, itemId: h.items.get('Information om budgetläget')! }
    await electAttesters(deps, h.ctx, h.secretary, {
      meetingId: h.meetingId,
      attesterIds: [h.people.get('Åsa Öberg')!, h.people.get('Björn Ängström')!],
      place: 'Stadshuset',
      dueAt: '2024-03-28T15:00:00+01:00',
    })
    await recordDecision(deps, h.ctx, h.secretary, { ...it, text: 'Informationen noteras.' })
    await closeMeeting(deps, fixedCtx('2024-03-26T10:00:00+01:00'), h.secretary, {
      meetingId: h.meetingId,
    })
    const signers = await Promise.all(
      ['Erik Ciardi', 'Åsa Öberg', 'Björn Ängström'].map((n) =>
        linkedUser(deps, h.w, h.people.get(n)!, n),
      ),
    )
    const ctx = fixedCtx('2024-03-27T09:00:00+01:00')
    await finaliseMinutes(deps, ctx, h.secretary, { meetingId: h.meetingId })
    await signMinutes(deps, ctx, signers[0]!, { meetingId: h.meetingId })
    const both = await Promise.all(
      signers.slice(1).map((s) => signMinutes(deps, ctx, s, { meetingId: h.meetingId })),
    )
    expect(both.map((b) => b.attested).sort()).toEqual([false, true])
    const pdf = await minutesPdf(deps, ctx, h.secretary, h.meetingId)
    const names = (await readMinutes(deps, ctx, h.secretary, h.meetingId)).signatures.map(
      (s) => s.signer_name,
    )
    expect(names.slice(0, 1)).toEqual(['Erik Ciardi'])
    expect([...names].sort()).toEqual(['Björn Ängström', 'Erik Ciardi', 'Åsa Öberg'])
    expectValidSignatures(pdf.bytes, names, 'aao-signed.pdf')
    // Grounds of a dissent cannot be handed in after attestation either.
    await expect(
      setDissentGrounds(deps, ctx, h.secretary, {
        ...it,
        dissentId: '00000000-0000-0000-0000-000000000000',
        grounds: 'x',
      }),
    ).rejects.toMatchObject({ code: 'minutes_attested' })
  })

  it('refuses incomplete minutes and tracks the 14-day deadline with a warning from day 10', async () => {
    const h = await openKsauMeeting(deps, {
      items: [{ title: 'A' }, { title: 'B' }],
      date: '2024-12-17',
    })
    await recordDecision(deps, h.ctx, h.secretary, {
      meetingId: h.meetingId,
      itemId: h.items.get('A')!,
      text: 'Noteras.',
    })
    await closeMeeting(deps, fixedCtx('2024-12-17T11:00:00+01:00'), h.secretary, {
      meetingId: h.meetingId,
    })
    const refused = finaliseMinutes(deps, fixedCtx('2024-12-18T09:00:00+01:00'), h.secretary, {
      meetingId: h.meetingId,
    })
    await expect(refused).rejects.toMatchObject({
      code: 'minutes_incomplete',
      details: {
        fields: [
          { field: 'attesters', message: 'Justerare är inte valda.' },
          { field: 'sections.2.decision', message: '§ 2: beslut saknas.' },
        ],
      },
    })
    const status = async (d: string) =>
      (await readMinutes(deps, fixedCtx(`${d}T09:00:00+01:00`), h.secretary, h.meetingId))
        .attestation
    expect(await status('2024-12-26')).toMatchObject({
      status: 'ok',
      deadline: '2024-12-31',
      warningFrom: '2024-12-27',
    })
    expect((await status('2024-12-27')).status).toBe('warning')
    expect((await status('2024-12-31')).status).toBe('warning')
    expect((await status('2025-01-01')).status).toBe('overdue')
    // The meeting itself shows it too (GET /api/meetings/:id).
    const shown = await readMeeting(
      deps,
      fixedCtx('2024-12-28T09:00:00+01:00'),
      h.secretary,
      h.meetingId,
    )
    expect(shown.attestation).toEqual({
      deadline: '2024-12-31',
      warningFrom: '2024-12-27',
      status: 'warning',
      attestedOn: null,
    })
  })

  it('attests one § at once at the meeting; it is posted on its own and frozen', async () => {
    const FEES = {
      title: 'Revidering av avgifter för kopior av allmänna handlingar',
      dnr: 'KS 2024/0197',
    }
    const h = await openKsauMeeting(deps, {
      items: [{ title: 'Information om budgetläget' }, FEES],
    })
    const fees = { meetingId: h.meetingId, itemId: h.items.get(FEES.title)! }
    await recordDecision(deps, h.ctx, h.secretary, {
      ...fees,
      text: 'Kommunfullmäktige antar avgifterna.',
    })
    await expect(
      fixSectionForImmediateAttestation(deps, h.ctx, h.secretary, fees),
    ).rejects.toMatchObject({
      code: 'section_incomplete',
    })
    await electAttesters(deps, h.ctx, h.secretary, {
      meetingId: h.meetingId,
      attesterIds: [h.people.get('Dzenita Abaza')!],
    })
    const doc = await fixSectionForImmediateAttestation(deps, h.ctx, h.secretary, fees)
    await expect(
      recordDecision(deps, h.ctx, h.secretary, { ...fees, text: 'Ändrat.' }),
    ).rejects.toMatchObject({ code: 'section_fixed' })
    await expect(
      electAttesters(deps, h.ctx, h.secretary, {
        meetingId: h.meetingId,
        attesterIds: [h.people.get('Johan Persson')!],
      }),
    ).rejects.toMatchObject({ code: 'attesters_signing' })
    // Who served on the fixed § no longer changes; later items are still open.
    await expect(
      recordRecusal(deps, h.ctx, h.secretary, {
        ...fees,
        membershipId: h.people.get('Liselotte Ross')!,
      }),
    ).rejects.toMatchObject({ code: 'section_fixed' })
    await expect(
      rollCall(deps, h.ctx, h.secretary, {
        meetingId: h.meetingId,
        present: [...h.people.values()],
      }),
    ).rejects.toMatchObject({ code: 'section_fixed' })
    await expect(
      recordDeparture(deps, h.ctx, h.secretary, {
        meetingId: h.meetingId,
        itemId: h.items.get('Information om budgetläget')!,
        membershipId: h.people.get('Liselotte Ross')!,
      }),
    ).rejects.toMatchObject({ code: 'section_fixed' })
    await recordDeparture(deps, h.ctx, h.secretary, {
      ...fees,
      membershipId: h.people.get('Liselotte Ross')!,
    })
    const chair = await linkedUser(deps, h.w, h.people.get('Erik Ciardi')!, 'Erik Ciardi')
    const attester = await linkedUser(deps, h.w, h.people.get('Dzenita Abaza')!, 'Dzenita Abaza')
    await signMinutes(deps, h.ctx, chair, { meetingId: h.meetingId, documentId: doc.id })
    const signed = await signMinutes(deps, h.ctx, attester, {
      meetingId: h.meetingId,
      documentId: doc.id,
    })
    expect(signed.attested).toBe(true)
    const pdf = await minutesDocumentPdf(deps, h.ctx, h.secretary, h.meetingId, doc.id)
    const path = expectValidSignatures(pdf.bytes, ['Erik Ciardi', 'Dzenita Abaza'], 'section.pdf')
    expect(flatText(path)).toContain('Paragrafen förklaras omedelbart justerad.')
    const r = await readMinutes(deps, h.ctx, h.secretary, h.meetingId)
    expect(r.meeting.status).toBe('open')
    expect(r.postings).toHaveLength(1)
    expect(r.postings[0]).toMatchObject({
      section_numbers: [2],
      posted_on: '2024-03-26',
      last_appeal_day: '2024-04-16',
    })
    // The full minutes, made later, say the § was attested at once.
    await recordDecision(deps, h.ctx, h.secretary, {
      meetingId: h.meetingId,
      itemId: h.items.get('Information om budgetläget')!,
      text: 'Noteras.',
    })
    await closeMeeting(deps, fixedCtx('2024-03-26T11:00:00+01:00'), h.secretary, {
      meetingId: h.meetingId,
    })
    const full = await readMinutes(deps, h.ctx, h.secretary, h.meetingId)
    expect(full.problems).toEqual([])
    expect(full.view.sections.map((s) => s.immediatelyAttested ?? false)).toEqual([false, true])
  })
})
