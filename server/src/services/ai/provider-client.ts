import { UpstreamError } from '../../domain/errors.js'

/**
 * A client for the OpenAI-compatible chat-completions API (`POST {endpoint}/chat/completions`),
 * which Azure OpenAI, Ollama, vLLM, llama.cpp's server and Swedish hosted providers speak.
 * It is only ever called by ai-call.ts with text the guard has let through.
 */
export interface ChatMessage {
  role: 'system' | 'user' | 'assistant'
  content: string
}

export interface ChatRequest {
  endpoint: string
  model: string
  apiKey: string | null
  timeoutMs: number
  messages: ChatMessage[]
  temperature?: number
  maxTokens?: number
}

export interface ChatResponse {
  text: string
  model: string | null
  usage: { promptTokens: number | null; completionTokens: number | null }
  finishReason: string | null
}

/** A provider's answer larger than this is not read (a misbehaving server cannot exhaust memory). */
const MAX_RESPONSE_BYTES = 2 * 1024 * 1024

export function completionsUrl(endpoint: string): string {
  const base = endpoint.replace(/\/+$/, '')
  return /\/chat\/completions$/.test(base) ? base : `${base}/chat/completions`
}

export async function chatCompletion(req: ChatRequest): Promise<ChatResponse> {
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    accept: 'application/json',
  }
  if (req.apiKey) {
    headers.authorization = `Bearer ${req.apiKey}`
    // Azure OpenAI takes its key in this header instead.
    headers['api-key'] = req.apiKey
  }
  let res: Response
  try {
    res = await fetch(completionsUrl(req.endpoint), {
      method: 'POST',
      headers,
      body: JSON.stringify({
        model: req.model,
        messages: req.messages,
        temperature: req.temperature ?? 0.2,
        ...(req.maxTokens ? { max_tokens: req.maxTokens } : {}),
        stream: false,
      }),
      signal: AbortSignal.timeout(req.timeoutMs),
      redirect: 'error',
    })
  } catch (err) {
    const name = (err as { name?: string }).name
    if (name === 'TimeoutError' || name === 'AbortError')
      throw new UpstreamError(
        'ai_timeout',
        `AI-tjänsten svarade inte inom ${Math.round(req.timeoutMs / 1000)} sekunder.`,
      )
    throw new UpstreamError('ai_unreachable', 'AI-tjänsten gick inte att nå.', {
      cause: String((err as { cause?: { code?: string } }).cause?.code ?? name ?? 'error'),
    })
  }
  const body = await readLimited(res, req.timeoutMs)
  if (!res.ok) {
    const message =
      res.status === 401 || res.status === 403
        ? 'AI-tjänsten godtog inte nyckeln (behörighet saknas).'
        : res.status === 429
          ? 'AI-tjänsten är överbelastad eller kvoten är slut; försök senare.'
          : `AI-tjänsten svarade med fel (HTTP ${res.status}).`
    throw new UpstreamError('ai_provider_error', message, { status: res.status })
  }
  let json: unknown
  try {
    json = JSON.parse(body)
  } catch {
    throw new UpstreamError('ai_bad_response', 'AI-tjänstens svar gick inte att läsa (inte JSON).')
  }
  return parseCompletion(json)
}

async function readLimited(res: Response, timeoutMs: number): Promise<string> {
  const reader = res.body?.getReader()
  if (!reader) return ''
  const chunks: Uint8Array[] = []
  let size = 0
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > MAX_RESPONSE_BYTES || Date.now() > deadline) {
      await reader.cancel()
      throw new UpstreamError('ai_bad_response', 'AI-tjänstens svar var för stort.')
    }
    chunks.push(value)
  }
  return Buffer.concat(chunks).toString('utf8')
}

/** The first choice's text; anything else is a bad response, not an empty draft. */
export function parseCompletion(json: unknown): ChatResponse {
  const o = json as {
    model?: unknown
    choices?: Array<{ message?: { content?: unknown }; finish_reason?: unknown }>
    usage?: { prompt_tokens?: unknown; completion_tokens?: unknown }
  }
  const choice = Array.isArray(o?.choices) ? o.choices[0] : undefined
  const text = choice?.message?.content
  if (typeof text !== 'string')
    throw new UpstreamError('ai_bad_response', 'AI-tjänstens svar saknade text.')
  const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : null)
  return {
    text,
    model: typeof o.model === 'string' ? o.model : null,
    usage: {
      promptTokens: num(o.usage?.prompt_tokens),
      completionTokens: num(o.usage?.completion_tokens),
    },
    finishReason: typeof choice?.finish_reason === 'string' ? choice.finish_reason : null,
  }
}
