import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react'
import { api, ApiError, setCsrfToken, setUnauthenticatedHandler } from '../api/client'
import type { Role, SessionResponse, User } from '../api/types'

interface Session {
  /** undefined while the session is being checked, null when nobody is logged in. */
  user: User | null | undefined
  login(username: string, password: string): Promise<User>
  logout(): Promise<void>
}

const SessionContext = createContext<Session | null>(null)

export function SessionProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<User | null | undefined>(undefined)

  useEffect(() => {
    setUnauthenticatedHandler(() => {
      setCsrfToken(null)
      setUser(null)
    })
    let cancelled = false
    api<SessionResponse>('/api/auth/me', { quiet401: true })
      .then((s) => {
        if (cancelled) return
        setCsrfToken(s.csrfToken)
        setUser(s.user)
      })
      .catch(() => {
        if (!cancelled) setUser(null)
      })
    return () => {
      cancelled = true
      setUnauthenticatedHandler(null)
    }
  }, [])

  const login = useCallback(async (username: string, password: string) => {
    const s = await api<SessionResponse>('/api/auth/login', {
      json: { username, password },
      quiet401: true,
    })
    if (!s.user) throw new ApiError(401, 'unauthenticated', 'Inloggningen misslyckades.')
    setCsrfToken(s.csrfToken)
    setUser(s.user)
    return s.user
  }, [])

  const logout = useCallback(async () => {
    try {
      await api('/api/auth/logout', { method: 'POST', quiet401: true })
    } finally {
      setCsrfToken(null)
      setUser(null)
    }
  }, [])

  const value = useMemo(() => ({ user, login, logout }), [user, login, logout])
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>
}

export function useSession(): Session {
  const s = useContext(SessionContext)
  if (!s) throw new Error('useSession outside SessionProvider')
  return s
}

const STAFF: Role[] = ['admin', 'registrar', 'caseOfficer', 'secretary']

export function isStaff(user: User | null | undefined): boolean {
  return !!user && user.roles.some((r) => STAFF.includes(r))
}

export function mayRegister(user: User | null | undefined): boolean {
  return (
    !!user && user.roles.some((r) => r === 'registrar' || r === 'caseOfficer' || r === 'secretary')
  )
}
