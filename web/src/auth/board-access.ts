import type { User } from '../api/types'
import { mayAdministerAi } from './ai-access'
import { isStaff } from './session'

/** Secretaries and administrators manage committees and meetings (the server checks it too). */
export function mayManageMeetings(user: User | null | undefined): boolean {
  return !!user && user.roles.some((r) => r === 'secretary' || r === 'admin')
}

/** Elected members and substitutes: their own meetings, on "Mina sammanträden". */
export function isElected(user: User | null | undefined): boolean {
  return !!user && user.roles.includes('member')
}

/**
 * Where a user lands after logging in: the overview (staff), the AI pages (the IT unit and the
 * security officer), their meetings (members), else the e-diarium.
 */
export function homeOf(user: User): string {
  if (isStaff(user)) return '/'
  if (mayAdministerAi(user)) return '/ai'
  return isElected(user) ? '/mina-sammantraden' : '/diarium'
}
