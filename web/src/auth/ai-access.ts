import type { User } from '../api/types'
import { isStaff } from './session'

/**
 * Who sees which AI pages (the server checks every request too): the register, assessments,
 * log, incidents and training records are for the administrator, the IT unit and the
 * information-security officer; drafts are read by staff and reviewed by those who handle cases.
 */
export function mayAdministerAi(user: User | null | undefined): boolean {
  return (
    !!user && user.roles.some((r) => r === 'admin' || r === 'itUnit' || r === 'securityOfficer')
  )
}

/** Keeps the register (registers and edits services, chooses the public chat). */
export function mayManageAiServices(user: User | null | undefined): boolean {
  return !!user && user.roles.some((r) => r === 'admin' || r === 'itUnit')
}

/** Reviews AI drafts (case officer of the case, registrar, secretary). */
export function mayReviewAiDrafts(user: User | null | undefined): boolean {
  return (
    !!user && user.roles.some((r) => r === 'caseOfficer' || r === 'registrar' || r === 'secretary')
  )
}

/** Reads AI drafts: staff, and the IT unit and security officer who handle incident reports. */
export function mayReadAiDrafts(user: User | null | undefined): boolean {
  return isStaff(user) || mayAdministerAi(user)
}

/** Closes incident reports. */
export function mayCloseAiIncidents(user: User | null | undefined): boolean {
  return !!user && user.roles.some((r) => r === 'itUnit' || r === 'securityOfficer')
}

/** Asks for and answers ärendesortering suggestions (the server also requires the AI training). */
export function mayUseAiSorting(user: User | null | undefined): boolean {
  return (
    !!user && user.roles.some((r) => r === 'registrar' || r === 'caseOfficer' || r === 'secretary')
  )
}
