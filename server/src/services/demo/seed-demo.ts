import {
  demoCases,
  demoCommittees,
  demoMunicipality,
  demoSeries,
  demoUsers,
} from './kalix-seed-data.js'
import { randomPassword } from '../access/passwords.js'
import { createUser } from '../access/users.service.js'
import type { Actor, Ctx, Deps } from '../context.js'
import { createCase } from '../registry/create-case.js'
import { changeCaseStatus } from '../registry/case-status.js'
import {
  createCommittee,
  createMunicipality,
  createSeries,
} from '../registry/municipality.service.js'
import { registerDocument } from '../registry/register-document.js'
import { seedAi } from './seed-ai.js'
import { seedBoard } from './seed-board.js'

export interface DemoLogins {
  municipalityId: string
  admin: { username: string; password: string }
  others: { username: string; displayName: string; roles: string[] }[]
  othersPassword: string
}

const at = (date: string) => (): Date => new Date(`${date}T10:00:00+01:00`)

/**
 * Creates "Exempelkommun" from the seeds: the committees, cases and documents of the Kalix
 * notice of 2025-12-15, with their real case numbers, registered through the same commands a
 * registrar uses (so numbering, search and the audit log are real); then the committees'
 * people and meetings (seed-board.ts).
 */
export async function seedDemo(
  deps: Deps,
  opts: { adminPassword?: string } = {},
): Promise<DemoLogins> {
  const baseCtx: Ctx = { requestId: 'demo', now: at('2025-01-02') }
  const m = await createMunicipality(deps, baseCtx, {
    name: demoMunicipality.name,
    caseNumberTemplate: demoMunicipality.caseNumberTemplate,
  })
  const system: Actor = { kind: 'system', municipalityId: m.id, name: 'demo' }

  const committeeIds = new Map<string, string>()
  for (const c of demoCommittees) {
    const row = await createCommittee(deps, baseCtx, system, {
      name: c.name,
      shortName: c.shortName,
      kind: c.kind,
      parentId: c.parentKey ? (committeeIds.get(c.parentKey) ?? null) : null,
    })
    committeeIds.set(c.key, row.id)
  }
  for (const s of demoSeries) {
    await createSeries(deps, baseCtx, system, {
      prefix: s.prefix,
      name: s.name,
      committeeId: s.committeeKey ? (committeeIds.get(s.committeeKey) ?? null) : null,
    })
  }

  const adminPassword = opts.adminPassword ?? randomPassword()
  const othersPassword = randomPassword()
  const userIds = new Map<string, string>()
  const users: Record<string, Actor> = {}
  for (const u of demoUsers) {
    const isAdmin = u.roles.includes('admin')
    const row = await createUser(deps, baseCtx, system, {
      username: u.username,
      displayName: u.displayName,
      title: u.title,
      password: isAdmin ? adminPassword : othersPassword,
      roles: u.roles,
    })
    userIds.set(u.username, row.id)
    users[u.username] = {
      kind: 'user',
      id: row.id,
      municipalityId: m.id,
      roles: u.roles,
      displayName: u.displayName,
    }
  }
  const registrarName = demoUsers.find(
    (u) => u.roles.includes('registrar') && !u.roles.includes('admin'),
  )?.username
  const registrar: Actor = (registrarName && users[registrarName]) || system

  for (const c of demoCases) {
    const ctx: Ctx = { requestId: 'demo', now: at(c.openedOn) }
    const row = await createCase(deps, ctx, registrar, {
      seriesPrefix: c.seriesPrefix,
      title: c.title,
      committeeId: committeeIds.get(c.committeeKey) ?? null,
      caseOfficerId: c.caseOfficerUsername ? (userIds.get(c.caseOfficerUsername) ?? null) : null,
      classificationCode: c.classificationCode ?? null,
      importedNumber: { year: c.year, seq: c.number },
    })
    for (const d of c.documents) {
      await registerDocument(
        deps,
        { requestId: 'demo', now: at(d.documentDate > c.openedOn ? d.documentDate : c.openedOn) },
        registrar,
        {
          caseId: row.id,
          direction: d.direction,
          documentDate: d.documentDate,
          counterpartName: d.counterpartName ?? null,
          counterpartKind: d.counterpartKind ?? null,
          description: d.description,
          confidentiality: d.confidential ?? null,
          files:
            d.fileText && d.fileName
              ? [{ fileName: d.fileName, bytes: new TextEncoder().encode(d.fileText) }]
              : [],
        },
      )
    }
    if (c.status !== 'open') {
      const last =
        c.documents
          .map((d) => d.documentDate)
          .sort()
          .pop() ?? c.openedOn
      const statusCtx: Ctx = { requestId: 'demo', now: at(last) }
      await changeCaseStatus(deps, statusCtx, system, { caseId: row.id, status: 'decided' })
      if (c.status === 'closed')
        await changeCaseStatus(deps, statusCtx, system, { caseId: row.id, status: 'closed' })
    }
  }

  const secretaryName = demoUsers.find((u) => u.roles.includes('secretary'))?.username
  await seedBoard(deps, {
    municipalityId: m.id,
    system,
    committeeIds,
    userIds,
    secretary: (secretaryName && users[secretaryName]) || system,
    today: new Date(),
  })
  await seedAi(deps, { municipalityId: m.id, system, registrar, userIds, today: new Date() })

  return {
    municipalityId: m.id,
    admin: {
      username: demoUsers.find((u) => u.roles.includes('admin'))?.username ?? 'admin',
      password: adminPassword,
    },
    others: demoUsers
      .filter((u) => !u.roles.includes('admin'))
      .map((u) => ({ username: u.username, displayName: u.displayName, roles: u.roles })),
    othersPassword,
  }
}
