#!/usr/bin/env node
import { readFile } from 'node:fs/promises'
import { basename } from 'node:path'
import { Command, Option } from 'commander'
import { ConfigError, loadConfig } from '../config.js'
import { DataDirLockedError } from '../db/data-dir-lock.js'
import { createLogger } from '../logging.js'
import { openRuntime, type Runtime } from '../runtime.js'
import type { Actor } from '../services/context.js'
import { registerAiGuardCommand } from './ai-guard.command.js'
import { EXIT, printError, printResult } from './output.js'
import { serve } from './serve.js'
import { registerAiSortCommands } from './ai-sort.command.js'
import { VERSION } from '../version.js'

/**
 * The `kansli` command. Every subcommand takes --json for machine-readable output; the exit code
 * is 0 on success, 1 when a check found problems, 2 for bad input, 3 when something failed.
 */
const program = new Command()
program.name('kansli').description('Kansli – diarium och nämndadministration').version(VERSION)

async function withRuntime(json: boolean, fn: (rt: Runtime) => Promise<number>): Promise<void> {
  let rt: Runtime | null = null
  let code: number
  try {
    const config = loadConfig()
    rt = await openRuntime(config, createLogger(process.env.LOG_LEVEL ?? 'warn'))
    if (rt.firstLogin) {
      // A command run on an empty database sets it up like `serve` does; the login is shown once.
      process.stderr.write(
        `Ny installation (${rt.firstLogin.municipality}). Administratör: ${rt.firstLogin.username} / ${rt.firstLogin.password}\n`,
      )
    }
    code = await fn(rt)
  } catch (err) {
    code =
      err instanceof ConfigError || err instanceof DataDirLockedError
        ? (printMessage(json, err), EXIT.failure)
        : printError(json, err)
  } finally {
    await rt?.close().catch(() => {})
  }
  process.exitCode = code
}

function printMessage(json: boolean, err: Error) {
  if (json)
    process.stdout.write(`${JSON.stringify({ error: { code: err.name, message: err.message } })}\n`)
  else process.stderr.write(`${err.message}\n`)
}

async function municipalityActor(rt: Runtime, as?: string): Promise<Actor> {
  const m = await rt.deps.db
    .selectFrom('municipalities')
    .select('id')
    .orderBy('created_at')
    .limit(1)
    .executeTakeFirst()
  if (!m) throw new Error('Ingen kommun är upplagd ännu: starta Kansli en gång med `kansli serve`.')
  if (!as) return { kind: 'system', municipalityId: m.id, name: 'cli' }
  const u = await rt.deps.db
    .selectFrom('users')
    .selectAll()
    .where('municipality_id', '=', m.id)
    .where('username', '=', as)
    .executeTakeFirst()
  if (!u) throw new Error(`Användaren ${as} finns inte.`)
  return {
    kind: 'user',
    id: u.id,
    municipalityId: m.id,
    roles: u.roles as never,
    displayName: u.display_name,
  }
}

const ctx = () => ({ requestId: `cli-${process.pid}`, now: () => new Date() })

program
  .command('serve')
  .description('Startar webbgränssnittet och API:t (PORT, KANSLI_DATA_DIR, DATABASE_URL)')
  .option('--json', 'skriv startinformationen som JSON')
  .action(async (o: { json?: boolean }) => {
    process.exitCode = await serve({ json: !!o.json })
  })

program
  .command('migrate')
  .description('Uppdaterar databasens schema (framåt, aldrig bakåt)')
  .option('--json', 'maskinläsbar utdata')
  .action(async (o: { json?: boolean }) => {
    await withRuntime(!!o.json, async (rt) => {
      const { migrateToLatest } = await import('../db/migrate.js')
      const r = await migrateToLatest(rt.deps.db)
      printResult(!!o.json, { engine: rt.deps.engine, applied: r.applied }, () =>
        r.applied.length ? `Migrerade: ${r.applied.join(', ')}` : 'Databasen är redan aktuell.',
      )
      return EXIT.ok
    })
  })

const user = program.command('user').description('Användarkonton')
user
  .command('add <username>')
  .description('Skapar ett lokalt konto; lösenordet skapas och skrivs ut om det inte anges')
  .requiredOption('--name <displayName>', 'namn som visas')
  .option('--title <title>', 'titel')
  .option(
    '--roles <roles>',
    'roller, kommaseparerade: admin,registrar,caseOfficer,secretary,member',
    'caseOfficer',
  )
  .option('--password-stdin', 'läs lösenordet från standard in')
  .option('--json', 'maskinläsbar utdata')
  .action(
    async (
      username: string,
      o: { name: string; title?: string; roles: string; passwordStdin?: boolean; json?: boolean },
    ) => {
      await withRuntime(!!o.json, async (rt) => {
        const { createUser } = await import('../services/access/users.service.js')
        const { randomPassword } = await import('../services/access/passwords.js')
        const password = o.passwordStdin ? (await readStdin()).trim() : randomPassword()
        const actor = await municipalityActor(rt)
        const u = await createUser(rt.deps, ctx(), actor, {
          username,
          displayName: o.name,
          title: o.title ?? null,
          password,
          roles: o.roles.split(',').map((r) => r.trim()) as never,
        })
        const out = {
          id: u.id,
          username: u.username,
          roles: u.roles,
          ...(o.passwordStdin ? {} : { password }),
        }
        printResult(
          !!o.json,
          out,
          () =>
            `Skapade ${u.username} (${u.roles.join(', ')})${o.passwordStdin ? '' : `\nLösenord: ${password}`}`,
        )
        return EXIT.ok
      })
    },
  )

program
  .command('register [files...]')
  .description('Registrerar en handling, med filer, i ett befintligt eller nytt ärende')
  .option('--case <caseNumber>', 'befintligt ärende, t.ex. KS-2025-00466')
  .option('--series <prefix>', 'diarieserie för ett nytt ärende, t.ex. KS')
  .option('--title <title>', 'ärendemening för ett nytt ärende')
  .addOption(
    new Option('--direction <direction>', 'riktning')
      .choices(['incoming', 'outgoing', 'drawnUp'])
      .makeOptionMandatory(),
  )
  .requiredOption('--date <YYYY-MM-DD>', 'datum då handlingen kom in eller upprättades')
  .option('--counterpart <name>', 'avsändare (inkommande) eller mottagare (utgående)')
  .addOption(
    new Option('--counterpart-kind <kind>', 'person eller organisation').choices([
      'person',
      'organisation',
    ]),
  )
  .option('--counterpart-id <number>', 'personnummer eller organisationsnummer')
  .requiredOption('--description <text>', 'kort vad handlingen gäller')
  .option('--confidential <ground>', 'sekretessgrund, t.ex. "OSL 26:1"')
  .option('--protect-counterpart', 'dölj avsändare/mottagare i den offentliga vyn')
  .option('--protect-description', 'dölj beskrivningen i den offentliga vyn')
  .option('--as <username>', 'registrera i en användares namn (annars som systemet)')
  .option('--json', 'maskinläsbar utdata')
  .action(async (files: string[], o: Record<string, string | boolean | undefined>) => {
    const json = !!o.json
    await withRuntime(json, async (rt) => {
      const { registerDocument } = await import('../services/registry/register-document.js')
      const { findCaseByNumber } = await import('../repositories/case.repository.js')
      const actor = await municipalityActor(rt, o.as as string | undefined)
      let caseId: string | null = null
      if (o.case) {
        const c = await findCaseByNumber(
          rt.deps.db,
          actor.municipalityId,
          String(o.case).toUpperCase(),
        )
        if (!c) throw new Error(`Ärendet ${o.case} finns inte.`)
        caseId = c.id
      }
      const incoming = []
      for (const f of files) incoming.push({ fileName: basename(f), bytes: await readFile(f) })
      const r = await registerDocument(rt.deps, ctx(), actor, {
        caseId,
        newCase: caseId
          ? null
          : { seriesPrefix: String(o.series ?? ''), title: String(o.title ?? '') },
        direction: o.direction as never,
        documentDate: String(o.date),
        counterpartName: (o.counterpart as string) ?? null,
        counterpartKind: (o.counterpartKind as never) ?? null,
        counterpartIdNumber: (o.counterpartId as string) ?? null,
        description: String(o.description),
        confidentiality: o.confidential
          ? {
              ground: String(o.confidential),
              protectCounterpart: !!o.protectCounterpart,
              protectDescription: !!o.protectDescription,
            }
          : null,
        files: incoming,
      })
      const out = {
        caseNumber: r.case.case_number,
        registrationNumber: r.document.registration_number,
        documentId: r.document.id,
        files: r.files.map((f) => ({
          fileName: f.file_name,
          sha256: f.sha256,
          size: Number(f.size),
        })),
      }
      printResult(
        json,
        out,
        () =>
          `Registrerad: ${out.registrationNumber} i ärende ${out.caseNumber}${out.files.map((f) => `\n  ${f.fileName} sha256:${f.sha256}`).join('')}`,
      )
      return EXIT.ok
    })
  })

program
  .command('search [query...]')
  .description('Söker i diariet; --public visar exakt det allmänheten ser i e-diariet')
  .option('--public', 'sök som allmänheten')
  .option('--series <prefix>', 'diarieserie')
  .option('--year <year>', 'år', (v) => Number(v))
  .addOption(new Option('--status <status>').choices(['open', 'decided', 'closed']))
  .addOption(new Option('--direction <direction>').choices(['incoming', 'outgoing', 'drawnUp']))
  .option('--from <date>', 'från datum')
  .option('--to <date>', 'till datum')
  .option('--page <n>', 'sida', (v) => Number(v), 1)
  .option('--as <username>', 'sök med en användares behörighet (annars som registrator/systemet)')
  .option('--json', 'maskinläsbar utdata')
  .action(async (words: string[], o: Record<string, string | number | boolean | undefined>) => {
    const json = !!o.json
    await withRuntime(json, async (rt) => {
      const { searchRegistry } = await import('../services/registry/search.js')
      const { presentSearchInternal, presentSearchPublic } =
        await import('../http/presenters/search.presenter.js')
      const actor = await municipalityActor(rt, o.as as string | undefined)
      const publicView = !!o.public
      const r = await searchRegistry(
        rt.deps,
        publicView ? { kind: 'public', municipalityId: actor.municipalityId } : actor,
        {
          q: words.join(' '),
          series: o.series as string | undefined,
          year: o.year as number | undefined,
          status: o.status as never,
          direction: o.direction as never,
          dateFrom: o.from as string | undefined,
          dateTo: o.to as string | undefined,
          page: o.page as number,
        },
        publicView,
      )
      const out = r.publicView ? presentSearchPublic(r) : presentSearchInternal(r)
      printResult(json, out, () =>
        [
          `${out.totalIsLowerBound ? 'Över ' : ''}${out.total} träffar`,
          ...out.hits.map((h) =>
            h.document
              ? `${h.document.registrationNumber}  ${h.document.documentDate}  ${h.document.description}${h.document.counterpartName ? `  (${h.document.counterpartName})` : ''}`
              : `${h.case.caseNumber}  ${h.case.title}`,
          ),
        ].join('\n'),
      )
      return EXIT.ok
    })
  })

program
  .command('verify')
  .description(
    'Kontrollerar varje lagrad fil mot diariets SHA-256 och listar saknade eller ändrade',
  )
  .option('--json', 'maskinläsbar utdata')
  .action(async (o: { json?: boolean }) => {
    await withRuntime(!!o.json, async (rt) => {
      const { verifyAllFiles } = await import('../services/recovery/verify-files.js')
      const r = await verifyAllFiles(rt.deps)
      printResult(!!o.json, { ok: r.problems.length === 0, ...r }, () =>
        r.problems.length === 0
          ? `Alla ${r.checked} filer är intakta.`
          : [
              `${r.problems.length} av ${r.checked} filer har problem:`,
              ...r.problems.map(
                (p) =>
                  `  ${p.problem === 'missing' ? 'SAKNAS ' : 'ÄNDRAD '} ${p.belongsTo}  ${p.fileName}  sha256:${p.sha256}`,
              ),
            ].join('\n'),
      )
      return r.problems.length === 0 ? EXIT.ok : EXIT.problems
    })
  })

const audit = program.command('audit').description('Granskningsloggen och AI-loggen')
audit
  .command('verify')
  .description(
    'Kontrollerar hashkedjorna (granskningsloggen och AI-loggen) och namnger ändrade, infogade eller raderade händelser',
  )
  .option('--json', 'maskinläsbar utdata')
  .action(async (o: { json?: boolean }) => {
    await withRuntime(!!o.json, async (rt) => {
      const { verifyAuditChain } = await import('../repositories/audit.repository.js')
      const ms = await rt.deps.db.selectFrom('municipalities').select(['id', 'name']).execute()
      const logs = [
        { chain: 'audit', label: 'granskningsloggen' },
        { chain: 'ai', label: 'AI-loggen' },
      ] as const
      const results: Array<
        { municipality: string; log: 'audit' | 'ai'; label: string } & Awaited<
          ReturnType<typeof verifyAuditChain>
        >
      > = []
      for (const m of ms)
        for (const l of logs)
          results.push({
            municipality: m.name,
            log: l.chain,
            label: l.label,
            ...(await verifyAuditChain(rt.deps.db, m.id, l.chain)),
          })
      const problems = results.flatMap((r) => r.problems)
      printResult(!!o.json, { ok: problems.length === 0, results }, () =>
        results
          .map((r) =>
            r.problems.length === 0
              ? `${r.municipality}, ${r.label}: obruten (${r.events} händelser).`
              : [
                  `${r.municipality}, ${r.label}: ${r.problems.length} fel:`,
                  ...r.problems.map((p) => `  ${p.message}`),
                ].join('\n'),
          )
          .join('\n'),
      )
      return problems.length === 0 ? EXIT.ok : EXIT.problems
    })
  })

const ai = program.command('ai').description('AI-stöd enligt kommunens riktlinjer')
registerAiSortCommands(ai, { withRuntime, municipalityActor, ctx })
registerAiGuardCommand(ai)

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = []
  for await (const c of process.stdin) chunks.push(c as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

await program.parseAsync(process.argv)
