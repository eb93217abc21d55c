import { useCallback, useEffect, useState } from 'react'
import { api, ApiError } from './client'

export interface Loaded<T> {
  data: T | undefined
  error: ApiError | null
  loading: boolean
  reload(): void
  /** Shows data the API answered to a change (e.g. the meeting after a move) without a refetch. */
  replace(data: T): void
}

/** Fetches a GET resource; refetches when the path changes. A null path fetches nothing. */
export function useApi<T>(path: string | null): Loaded<T> {
  const [data, setData] = useState<T | undefined>(undefined)
  const [error, setError] = useState<ApiError | null>(null)
  const [loading, setLoading] = useState(path !== null)
  const [tick, setTick] = useState(0)

  useEffect(() => {
    if (path === null) {
      setLoading(false)
      return
    }
    const ctrl = new AbortController()
    setLoading(true)
    setError(null)
    api<T>(path, { signal: ctrl.signal })
      .then((d) => {
        setData(d)
        setLoading(false)
      })
      .catch((err: unknown) => {
        if (ctrl.signal.aborted) return
        setError(err instanceof ApiError ? err : new ApiError(0, 'unknown', 'Något gick fel.'))
        setLoading(false)
      })
    return () => ctrl.abort()
  }, [path, tick])

  const reload = useCallback(() => setTick((t) => t + 1), [])
  const replace = useCallback((d: T) => {
    setData(d)
    setError(null)
  }, [])
  return { data, error, loading, reload, replace }
}
