import type { Config } from '../config.js'
import type { Ctx, Deps } from '../services/context.js'
import type { FastifyRequest } from 'fastify'
import { defaultMunicipality } from '../services/registry/municipality.service.js'

/** What routes get: the service ports, the configuration, and a ctx per request. */
export interface AppContext {
  deps: Deps
  config: Pick<Config, 'secureCookies' | 'sessionHours' | 'maxUploadMb'> &
    Partial<Pick<Config, 'contactEmail'>>
  version: string
  municipalityId(): Promise<string>
  ctx(request: FastifyRequest): Ctx
}

export function createAppContext(
  deps: Deps,
  config: AppContext['config'],
  version: string,
): AppContext {
  let cached: string | null = null
  return {
    deps,
    config,
    version,
    async municipalityId() {
      // One municipality per installation for now (GLOSSARY: keep municipalityId everywhere).
      if (!cached) cached = (await defaultMunicipality(deps)).id
      return cached
    },
    ctx: (request) => ({ requestId: String(request.id), now: () => new Date() }),
  }
}
