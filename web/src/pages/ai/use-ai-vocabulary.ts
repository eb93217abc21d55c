import { useMemo } from 'react'
import type { AiService, AiVocabulary } from '../../api/ai-types'
import { useApi } from '../../api/use-api'
import { CLASS_LABEL } from './ai-labels'

/** The Swedish names of the data classes and the assessment panel's roles, from the API. */
export function useAiVocabulary() {
  const v = useApi<AiVocabulary>('/api/ai/vocabulary')
  return useMemo(() => {
    const classLabels: Record<string, string> = { ...CLASS_LABEL }
    for (const c of v.data?.classes ?? []) classLabels[c.value] = c.label
    return { classLabels, roles: v.data?.assessmentRoles ?? null, error: v.error }
  }, [v.data, v.error])
}

/** The services register (staff may read it: the case page offers the approved ones). */
export function useAiServices() {
  return useApi<{ services: AiService[] }>('/api/ai/services')
}
