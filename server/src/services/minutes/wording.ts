import type { MembershipWithPerson } from '../../repositories/member.repository.js'

/** 'Johan Persson (S)': how a member is named in the minutes. */
export function personLabel(p: Pick<MembershipWithPerson, 'name' | 'party'>): string {
  return p.party ? `${p.name} (${p.party})` : p.name
}

/** Swedish genitive of a name: 'Johan Persson' → 'Johan Perssons', 'Hans' → 'Hans'. */
export function genitiveName(name: string): string {
  return /[sxz]$/i.test(name) ? name : `${name}s`
}

/**
 * How the committee names itself in its decisions: 'Kommunstyrelsens arbetsutskott' →
 * 'Arbetsutskottet' (the seed's "Arbetsutskottet fastställer …"), 'Kommunstyrelsen' unchanged.
 */
export function committeeSubject(name: string): string {
  const m = /^\S+s\s+(.+)$/u.exec(name.trim())
  if (!m?.[1]) return name
  const rest = m[1]
  const definite = /utskott$/i.test(rest)
    ? `${rest}et`
    : /e$/i.test(rest)
      ? `${rest}n`
      : /(nämnd|beredning|grupp)$/i.test(rest)
        ? `${rest}en`
        : null
  if (!definite) return name
  return definite.charAt(0).toUpperCase() + definite.slice(1)
}

/** 'A', 'A och B', 'A, B och C'. */
export function joinSwedish(parts: readonly string[]): string {
  if (parts.length <= 1) return parts[0] ?? ''
  return `${parts.slice(0, -1).join(', ')} och ${parts[parts.length - 1]}`
}
