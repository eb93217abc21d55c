import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

/** One chat-completions request the stand-in received. */
export interface ReceivedRequest {
  path: string
  body: { model: string; messages: Array<{ role: string; content: string }> }
}

/**
 * A local stand-in for an OpenAI-compatible chat-completions server, in the test process (the
 * browser tests' copy of server/test/support/ai-stand-in.ts, CONVENTIONS 10): the Kansli server
 * under test calls it on 127.0.0.1 with its real client; the test reads what it received and
 * chooses the answer from the system and user messages.
 */
export class StandInAi {
  received: ReceivedRequest[] = []
  answer: (system: string, user: string) => string = (_s, u) => `Sammanfattning: ${u.slice(0, 200)}`
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
        this.received.push({ path: req.url ?? '', body })
        const system = body.messages.find((m) => m.role === 'system')?.content ?? ''
        const user = body.messages.find((m) => m.role === 'user')?.content ?? ''
        res.writeHead(200, { 'content-type': 'application/json' }).end(
          JSON.stringify({
            id: `chatcmpl-${this.received.length}`,
            model: body.model,
            choices: [
              {
                index: 0,
                message: { role: 'assistant', content: this.answer(system, user) },
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
