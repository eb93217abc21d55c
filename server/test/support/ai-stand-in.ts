import { createServer, type IncomingMessage, type Server } from 'node:http'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { AddressInfo } from 'node:net'
import type { Deps } from '../../src/services/context.js'
import { FileKeyVault } from '../../src/storage/key-vault.js'
import { registerAiService } from '../../src/services/ai/ai-services.js'
import { recordAssessment } from '../../src/services/ai/assessments.js'
import { recordTraining } from '../../src/services/ai/training.js'
import type { DataClass } from '../../src/domain/ai-guard/types.js'
import { liveCtx, type World } from './builders.js'

/** One request the stand-in AI provider received. */
export interface ReceivedRequest {
  path: string
  headers: IncomingMessage['headers']
  body: { model: string; messages: Array<{ role: string; content: string }> }
}

export type Reply =
  | { kind: 'answer'; text: (userText: string) => string }
  | { kind: 'status'; status: number }
  | { kind: 'hang' }
  | { kind: 'garbage' }

/**
 * A local stand-in for an OpenAI-compatible chat-completions server (CONVENTIONS 10): the real
 * client talks HTTP to it on 127.0.0.1; tests read what it received and choose what it answers.
 */
export class StandInAi {
  received: ReceivedRequest[] = []
  reply: Reply = { kind: 'answer', text: (t) => `Sammanfattning: ${t.slice(0, 200)}` }
  private server: Server | null = null
  url = ''

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = []
      req.on('data', (c: Buffer) => chunks.push(c))
      req.on('end', () => {
        let body: ReceivedRequest['body']
        try {
          body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as ReceivedRequest['body']
        } catch {
          res.writeHead(400).end()
          return
        }
        this.received.push({ path: req.url ?? '', headers: req.headers, body })
        const r = this.reply
        if (r.kind === 'hang') return // never answers: the client's timeout must end it
        if (r.kind === 'status') {
          res.writeHead(r.status, { 'content-type': 'application/json' }).end('{"error":"x"}')
          return
        }
        if (r.kind === 'garbage') {
          res.writeHead(200, { 'content-type': 'application/json' }).end('<html>nej</html>')
          return
        }
        const user = body.messages.find((m) => m.role === 'user')?.content ?? ''
        res.writeHead(200, { 'content-type': 'application/json' }).end(
          JSON.stringify({
            id: 'chatcmpl-1',
            model: body.model,
            choices: [
              {
                index: 0,
                message: { role: 'assistant', content: r.text(user) },
                finish_reason: 'stop',
              },
            ],
            usage: { prompt_tokens: 10, completion_tokens: 5 },
          }),
        )
      })
    })
    await new Promise<void>((ok) => this.server!.listen(0, '127.0.0.1', ok))
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/v1`
    return this
  }

  /** Everything every request sent, as one string: to prove what did not leave Kansli. */
  allSent(): string {
    return this.received.map((r) => r.body.messages.map((m) => m.content).join('\n')).join('\n')
  }

  async stop() {
    this.server?.closeAllConnections()
    await new Promise<void>((ok) => (this.server ? this.server.close(() => ok()) : ok()))
  }
}

export function withVault(deps: Deps): Deps {
  return { ...deps, vault: new FileKeyVault(mkdtempSync(join(tmpdir(), 'kansli-vault-'))) }
}

export const FULL_PANEL = [
  { role: 'dataProtectionOfficer' as const, name: 'Dora Dataskydd' },
  { role: 'municipalLawyer' as const, name: 'Jens Jurist' },
  { role: 'securityOfficer' as const, name: 'Ines Säkerhet' },
  { role: 'itManager' as const, name: 'Ivar IT-chef' },
]

/** A service registered and approved for `classes` by a full panel. */
export async function approvedService(
  deps: Deps,
  w: World,
  url: string,
  classes: DataClass[] = ['public'],
  opts: { name?: string; apiKey?: string; timeoutMs?: number } = {},
) {
  const ctx = liveCtx()
  const s = await registerAiService(deps, ctx, w.system, {
    name: opts.name ?? `Testtjänst ${Math.random().toString(36).slice(2, 8)}`,
    provider: 'Lokal testleverantör',
    endpoint: url,
    model: 'test-model-1',
    processingLocation: 'Sverige (kommunens datahall)',
    ...(opts.apiKey ? { apiKey: opts.apiKey } : {}),
    ...(opts.timeoutMs ? { timeoutMs: opts.timeoutMs } : {}),
  })
  const { service } = await recordAssessment(deps, ctx, w.system, {
    serviceId: s.id,
    assessedOn: '2025-11-20',
    participants: FULL_PANEL,
    conclusion: 'Tjänsten får användas för de godkända dataklasserna.',
    outcome: 'approved',
    approvedClasses: classes,
  })
  return service
}

/** A user of `role` with an AI training completed recently. */
export async function trainedUser(
  deps: Deps,
  w: World,
  role: Parameters<World['user']>[0],
  completedOn = new Date().toISOString().slice(0, 10),
) {
  const u = await w.user(role)
  await recordTraining(deps, liveCtx(), w.system, {
    userId: u.id,
    completedOn,
    course: 'AI i kommunal verksamhet',
  })
  return u
}
