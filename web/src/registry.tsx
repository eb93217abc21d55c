import { createContext, useContext, type ReactNode } from 'react'
import { useApi } from './api/use-api'
import type { PublicRegistry } from './api/types'

const RegistryContext = createContext<PublicRegistry | undefined>(undefined)

/** The municipality, its diaries and committees: public, loaded once for the whole UI. */
export function RegistryProvider({ children }: { children: ReactNode }) {
  const { data } = useApi<PublicRegistry>('/api/public/registry')
  return <RegistryContext.Provider value={data}>{children}</RegistryContext.Provider>
}

export function useRegistry(): PublicRegistry | undefined {
  return useContext(RegistryContext)
}

/** Fallback until the API tells where the public writes to (see the report to the lead). */
export function contactEmail(registry: PublicRegistry | undefined): string {
  if (registry?.contactEmail) return registry.contactEmail
  const slug = (registry?.municipality ?? 'kommunen')
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '')
  return `registrator@${slug || 'kommunen'}.se`
}
