import { loadavg } from 'node:os'
import { performance } from 'node:perf_hooks'
import { sampleMinutes, sampleNotice } from '../server/src/render/examples/sample-meeting.js'
import { renderMinutesHtml } from '../server/src/render/minutes-html.js'
import { renderMinutesPdf } from '../server/src/render/minutes-pdf.js'
import { renderNoticeHtml } from '../server/src/render/notice-html.js'
import { renderNoticePdf } from '../server/src/render/notice-pdf.js'
import { createLocalCa, issueSigningCertificate } from '../server/src/render/signing/local-ca.js'
import { PkijsPdfSigner } from '../server/src/render/signing/pkijs-signer.js'
import type { Actor, Deps } from '../server/src/services/context.js'
import { addMember } from '../server/src/services/committees/memberships.js'
import { configureCommittee } from '../server/src/services/committees/settings.js'
import { createTerm } from '../server/src/services/committees/terms.js'
import { addAgendaItem } from '../server/src/services/meetings/agenda-items.js'
import { electAttesters } from '../server/src/services/meetings/attesters.js'
import { closeMeeting } from '../server/src/services/meetings/close-meeting.js'
import { recordDecision } from '../server/src/services/meetings/decision.js'
import { openMeeting, sendNotice } from '../server/src/services/meetings/meeting-status.js'
import { addMotion } from '../server/src/services/meetings/motions.js'
import { rollCall } from '../server/src/services/meetings/roll-call.js'
import { scheduleMeeting } from '../server/src/services/meetings/schedule-meeting.js'
import { recordVote } from '../server/src/services/meetings/votes.js'
import { buildMinutesView } from '../server/src/services/minutes/assemble.js'
import { loadMinutesSources } from '../server/src/services/minutes/minutes-sources.js'
import { listAgenda } from '../server/src/repositories/agenda.repository.js'
import { findMeeting } from '../server/src/repositories/meeting.repository.js'
import {
  createCommittee,
  createMunicipality,
} from '../server/src/services/registry/municipality.service.js'
import { createUser } from '../server/src/services/access/users.service.js'

/** Timing of one operation over the measured runs, in milliseconds. */
export interface Timing {
  runs: number
  minMs: number
  p50Ms: number
  p95Ms: number
  meanMs: number
  bytes?: number
}

async function time(
  runs: number,
  fn: () => Promise<unknown> | unknown,
): Promise<Timing & { last: unknown }> {
  await fn() // warm-up: fonts loaded, JIT warm
  const ms: number[] = []
  let last: unknown
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now()
    last = await fn()
    ms.push(performance.now() - t0)
  }
  ms.sort((a, b) => a - b)
  const at = (q: number) => ms[Math.min(ms.length - 1, Math.floor(q * ms.length))]!
  const round = (x: number) => Math.round(x * 10) / 10
  const size =
    typeof last === 'string'
      ? Buffer.byteLength(last)
      : last instanceof Uint8Array
        ? last.byteLength
        : undefined
  return {
    runs,
    minMs: round(ms[0]!),
    p50Ms: round(at(0.5)),
    p95Ms: round(at(0.95)),
    meanMs: round(ms.reduce((a, b) => a + b, 0) / ms.length),
    ...(size ? { bytes: size } : {}),
    last,
  }
}

const strip = ({ last: _last, ...t }: Timing & { last: unknown }): Timing => t

/**
 * A 40-item KSAU meeting held through the services on the bench database: six members, a
 * decision on every item, a motion and a named vote on every fourth. What the minutes are
 * assembled from in production.
 */
async function heldMeeting(deps: Deps): Promise<string> {
  const ctx = { requestId: 'bench', now: () => new Date('2025-03-03T13:00:00+01:00') }
  const m = await createMunicipality(deps, ctx, {
    name: 'Benchby kommun',
    caseNumberTemplate: '{series}-{year}-{seq:5}',
  })
  const system: Actor = { kind: 'system', municipalityId: m.id, name: 'bench' }
  const ks = await createCommittee(deps, ctx, system, {
    name: 'Kommunstyrelsen',
    shortName: 'KS',
    kind: 'executive',
  })
  const au = await createCommittee(deps, ctx, system, {
    name: 'Kommunstyrelsens arbetsutskott',
    shortName: 'KSAU',
    kind: 'subcommittee',
    parentId: ks.id,
  })
  await configureCommittee(deps, ctx, system, { committeeId: au.id, noticeDaysBefore: 5 })
  const term = await createTerm(deps, ctx, system, {
    name: '2023–2026',
    startsOn: '2023-01-01',
    endsOn: '2026-12-31',
  })
  const seats: string[] = []
  for (const [i, [name, party]] of [
    ['Anna Berg', 'M'],
    ['Olof Sand', 'C'],
    ['Karin Lund', 'V'],
    ['Per Ek', 'S'],
    ['Malin Åberg', 'S'],
    ['Örjan Ädelström', 'KD'],
  ].entries()) {
    const role = i === 0 ? 'chair' : i === 1 ? 'viceChair' : 'member'
    const s = await addMember(deps, ctx, system, {
      committeeId: au.id,
      termId: term.id,
      name: name!,
      party: party!,
      role,
    })
    seats.push(s.id)
  }
  const secretary = await createUser(deps, ctx, system, {
    username: 'bench.secretary',
    displayName: 'Maria Lind',
    password: 'korrekt-häst-batteri',
    roles: ['secretary'],
  })
  const actor: Actor = {
    kind: 'user',
    id: secretary.id,
    municipalityId: m.id,
    roles: ['secretary'],
    displayName: 'Maria Lind',
  }
  const meeting = await scheduleMeeting(deps, ctx, actor, {
    committeeId: au.id,
    meetsOn: '2025-03-03',
    startsAt: '13:00',
    place: 'Kommunhuset',
  })
  for (let i = 1; i <= 40; i++) {
    await addAgendaItem(deps, ctx, actor, {
      meetingId: meeting.id,
      kind: 'information',
      title: `Ärende ${i} – ${i % 3 === 0 ? 'Yttrande över remiss om regional utvecklingsstrategi' : 'Rapport'}`,
    })
  }
  await sendNotice(deps, ctx, actor, { meetingId: meeting.id })
  await openMeeting(deps, ctx, actor, { meetingId: meeting.id })
  await rollCall(deps, ctx, actor, { meetingId: meeting.id, present: seats })
  await electAttesters(deps, ctx, actor, { meetingId: meeting.id, attesterIds: [seats[2]!] })
  const items = (await listAgenda(deps.db, meeting.id)).filter((i) => i.numbered)
  for (const [n, item] of items.entries()) {
    const at = { meetingId: meeting.id, itemId: item.id }
    if (n % 4 === 0) {
      const a = await addMotion(deps, ctx, actor, {
        ...at,
        source: 'papers',
        text: 'Kommunstyrelsen lägger rapporten till handlingarna.',
      })
      const b = await addMotion(deps, ctx, actor, {
        ...at,
        source: 'member',
        membershipId: seats[3],
        text: 'Ärendet återremitteras.',
      })
      await recordVote(deps, ctx, actor, {
        ...at,
        kind: 'decision',
        jaMotionId: a.id,
        nejMotionId: b.id,
        ballots: seats.map((memberId, i) => ({ memberId, choice: i > 3 ? 'nej' : 'ja' })),
      })
      await recordDecision(deps, ctx, actor, {
        ...at,
        propositionOrder: [a.id, b.id],
        adoptedMotionId: a.id,
      })
    } else {
      await recordDecision(deps, ctx, actor, {
        ...at,
        text: 'Arbetsutskottet lägger rapporten till handlingarna.',
      })
    }
  }
  await closeMeeting(deps, ctx, actor, { meetingId: meeting.id, endsAt: '16:00' })
  return meeting.id
}

/**
 * Rendering and signing of a 40-item meeting (`npm run bench -- --only render`): the notice and
 * the minutes as HTML and PDF/A, the minutes assembled from the database, and the PAdES
 * signatures of the chair and two attesters, each an incremental update of the one before.
 */
export async function runRenderBench(deps: Deps, opts: { runs: number; log: (m: string) => void }) {
  const { runs, log } = opts
  const loadBefore = loadavg()
  const notice = sampleNotice(40)
  const minutes = sampleMinutes(40)
  const now = new Date('2025-03-05T10:00:00+01:00')
  const results: Record<string, Timing> = {}
  const measure = async (name: string, fn: () => Promise<unknown> | unknown, n = runs) => {
    const t = await time(n, fn)
    results[name] = strip(t)
    log(`  ${name}: p50 ${t.p50Ms} ms, p95 ${t.p95Ms} ms${t.bytes ? `, ${t.bytes} bytes` : ''}`)
    return t.last
  }
  await measure('noticeHtml40', () => renderNoticeHtml(notice))
  await measure('noticePdf40', () => renderNoticePdf(notice, { now }))
  await measure('minutesHtml40', () => renderMinutesHtml(minutes))
  await measure('minutesPdf40', () => renderMinutesPdf(minutes, { now }))

  log('  håller ett sammanträde med 40 paragrafer i databasen …')
  const meetingId = await heldMeeting(deps)
  const meeting = (await deps.db
    .selectFrom('meetings')
    .select('municipality_id')
    .where('id', '=', meetingId)
    .executeTakeFirstOrThrow())!
  const row = (await findMeeting(deps.db, meeting.municipality_id, meetingId))!
  const assembled = (await measure('minutesAssemble40', async () =>
    buildMinutesView(await loadMinutesSources(deps.db, row), {
      posting: { issuedSeparately: true },
    }),
  )) as ReturnType<typeof buildMinutesView>
  const unsigned = (await measure('minutesAssembledPdf40', () =>
    renderMinutesPdf(assembled, { now }),
  )) as Buffer

  const ca = await createLocalCa({ municipality: 'Benchby kommun', now })
  const signers = await Promise.all(
    ['Anna Berg', 'Karin Lund', 'Malin Åberg'].map(async (fullName) =>
      PkijsPdfSigner.fromCredential(await issueSigningCertificate(ca, { fullName, now }), {
        clock: () => now,
      }),
    ),
  )
  await measure('issueCertificate', () =>
    issueSigningCertificate(ca, { fullName: 'Örjan Ädelström', now }),
  )
  let pdf: Uint8Array = unsigned
  for (const [i, signer] of signers.entries()) {
    const input = pdf
    pdf = (await measure(`sign${i + 1}`, () =>
      signer.sign(input, {
        name: signer.holder,
        reason: 'Justering av protokoll',
        location: 'Benchby',
      }),
    )) as Uint8Array
  }
  return {
    results,
    sections: assembled.sections.length,
    signedBytes: pdf.byteLength,
    loadAverage: { before: loadBefore, after: loadavg() },
  }
}
