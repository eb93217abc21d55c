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

/** The registry's public address, when the municipality has configured one (KANSLI_CONTACT_EMAIL). */
export function contactEmail(registry: PublicRegistry | undefined): string | null {
  return registry?.contactEmail ?? null
}

/** A mail link to the registry, or plain words when no address is configured. */
export function ContactLink({
  email,
  subject,
  children,
}: {
  email: string | null
  subject?: string
  children?: ReactNode
}) {
  if (!email) return <>{children ?? 'kommunens registratur'}</>
  const query = subject ? `?subject=${encodeURIComponent(subject)}` : ''
  return <a href={`mailto:${email}${query}`}>{children ?? email}</a>
}
