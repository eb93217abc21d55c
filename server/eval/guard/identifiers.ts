import type { Rng } from './prng.js'

/**
 * Synthetic identifiers for the evaluation set, built to the rules of the real ones (check digits
 * computed, dates real) and written in the ways people write them. Every value is made up.
 */

/** The Luhn check digit for a string of digits. */
export function luhnDigit(digits: string): number {
  let sum = 0
  for (let i = 0; i < digits.length; i++) {
    let d = (digits.charCodeAt(digits.length - 1 - i) - 48) * (i % 2 === 0 ? 2 : 1)
    if (d > 9) d -= 9
    sum += d
  }
  return (10 - (sum % 10)) % 10
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0')

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

export const PNR_FORMATS = [
  'short-dash', // 850101-1236
  'short', // 8501011236
  'long-dash', // 19850101-1236
  'long', // 198501011236
  'plus', // 250101+1236 (the holder is 100 or older)
  'short-space', // 850101 1236
  'long-space', // 19850101 1236
  'short-endash', // 850101–1236 (what a word processor makes of "-")
] as const
export type PnrFormat = (typeof PNR_FORMATS)[number]

export interface IdNumber {
  value: string
  format: PnrFormat
  /** date and check digit right */
  valid: boolean
}

/**
 * A personnummer or (day + 60) samordningsnummer. `valid: false` gives a real date with a wrong
 * check digit: a mistyped number.
 */
export function personnummer(
  r: Rng,
  o: { format: PnrFormat; coordination?: boolean; valid?: boolean },
): IdNumber {
  const plus = o.format === 'plus'
  const year = plus ? r.int(1905, 1925) : r.int(1932, 2024)
  const month = r.int(1, 12)
  const day = r.int(1, daysIn(year, month))
  const yymmdd = `${pad(year % 100)}${pad(month)}${pad(day + (o.coordination ? 60 : 0))}`
  const serial = pad(r.int(1, 999), 3)
  let check = luhnDigit(yymmdd + serial)
  if (o.valid === false) check = (check + r.int(1, 9)) % 10
  const tail = `${serial}${check}`
  const century = String(Math.floor(year / 100))
  const value = {
    'short-dash': `${yymmdd}-${tail}`,
    short: `${yymmdd}${tail}`,
    'long-dash': `${century}${yymmdd}-${tail}`,
    long: `${century}${yymmdd}${tail}`,
    plus: `${yymmdd}+${tail}`,
    'short-space': `${yymmdd} ${tail}`,
    'long-space': `${century}${yymmdd} ${tail}`,
    'short-endash': `${yymmdd}\u2013${tail}`,
  }[o.format]
  return { value, format: o.format, valid: o.valid !== false }
}

/** Ten digits shaped like a personnummer whose month cannot be one: an invoice or order number. */
export function notADate(r: Rng): string {
  const date = `${pad(r.int(0, 99))}${r.int(13, 19)}${pad(r.int(1, 28))}`
  return `${date}${r.chance(0.5) ? '-' : ''}${r.digits(4)}`
}

/** An organisation number of a municipality or region (212000-xxxx) or a company (556xxx-xxxx). */
export function organisationsnummer(r: Rng): string {
  const body = r.chance(0.6) ? `212000${r.digits(3)}` : `55${r.int(60, 99)}${r.digits(5)}`
  const digits = body + luhnDigit(body)
  return `${digits.slice(0, 6)}-${digits.slice(6)}`
}

const MOBILE = ['070', '072', '073', '076', '079']
const AREA: Array<[string, number]> = [
  ['08', 8],
  ['08', 7],
  ['031', 7],
  ['031', 6],
  ['040', 6],
  ['018', 6],
  ['090', 6],
  ['0920', 6],
  ['0920', 5],
  ['0923', 5],
  ['0923', 6],
  ['0480', 5],
  ['0480', 6],
  ['0911', 5],
  ['0980', 5],
  ['0970', 5],
  ['0485', 5],
]

/** Groups a subscriber number the Swedish way: "123 45 67", "12 34 56", "123 45". */
function grouped(s: string): string {
  if (s.length === 8) return `${s.slice(0, 3)} ${s.slice(3, 6)} ${s.slice(6)}`
  if (s.length === 7) return `${s.slice(0, 3)} ${s.slice(3, 5)} ${s.slice(5)}`
  if (s.length === 6) return `${s.slice(0, 2)} ${s.slice(2, 4)} ${s.slice(4)}`
  return `${s.slice(0, 3)} ${s.slice(3)}`
}

export function phone(r: Rng, kind: 'mobile' | 'landline' | 'any' = 'any'): string {
  const mobile = kind === 'mobile' || (kind === 'any' && r.chance(0.55))
  const [area, len] = mobile ? [r.pick(MOBILE), 7] : r.pick(AREA)
  const sub = `${r.int(1, 9)}${r.digits(len - 1)}`
  const intl = area.slice(1)
  return r.weighted<() => string>([
    [() => `${area}-${grouped(sub)}`, 30],
    [() => `${area} ${grouped(sub)}`, 12],
    [() => `${area}${sub}`, 12],
    [() => `${area}-${sub}`, 12],
    [() => `${area}\u2013${grouped(sub)}`, 4],
    [() => `+46 ${intl} ${grouped(sub)}`, 10],
    [() => `+46${intl}${sub}`, 6],
    [() => `+46 (0)${intl}-${grouped(sub)}`, 4],
    [() => `0046 ${intl} ${sub}`, 3],
    [() => `(${area}) ${grouped(sub)}`, 4],
    [() => `${area}/${grouped(sub)}`, 3],
  ])()
}

const ASCII: Record<string, string> = { å: 'a', ä: 'a', ö: 'o', é: 'e', ü: 'u', ø: 'o', æ: 'ae' }
function mailPart(s: string): string {
  return s
    .toLowerCase()
    .replace(/[åäöéüøæ]/g, (c) => ASCII[c] ?? c)
    .normalize('NFD')
    .replace(/[^a-z0-9-]/g, '')
}

const WORK_DOMAINS = [
  'kalix.se',
  'kalmar.se',
  'lulea.se',
  'pitea.se',
  'boden.se',
  'haparanda.se',
  'overkalix.se',
  'norrbotten.se',
  'regionkalmar.se',
]
const PRIVATE_DOMAINS = [
  'gmail.com',
  'hotmail.com',
  'outlook.com',
  'telia.com',
  'icloud.com',
  'live.se',
  'yahoo.se',
  'spray.se',
  'bredband.net',
]

export function email(r: Rng, given: string, surname: string): string {
  const g = mailPart(given.split(' ')[0]!)
  const s = mailPart(surname.split(' ').join('-'))
  const work = r.chance(0.55)
  const domain = r.pick(work ? WORK_DOMAINS : PRIVATE_DOMAINS)
  const local = work
    ? r.weighted<string>([
        [`${g}.${s}`, 8],
        [`${g[0]}.${s}`, 1],
        [`${g}${s[0]}`, 1],
      ])
    : r.weighted<string>([
        [`${g}.${s}`, 3],
        [`${g}${s}${r.int(50, 99)}`, 2],
        [`${g}_${s[0]}${r.int(1, 99)}`, 1],
        [`${g[0]}${s}`, 1],
        [`${s}.${g}`, 1],
        [`${g}.${s}${r.int(1, 9)}`, 1],
      ])
  const address = `${local}@${domain}`
  if (r.chance(0.04)) return `${local} (at) ${domain}`
  if (r.chance(0.05)) return address.replace(/^./, (c) => c.toUpperCase())
  return address
}

const STREET_PARTS =
  `Björk Järnvägs Ring Skol Skogs Ny Gran Idrotts Stor Kyrk Industri Park Strand Trädgårds Ängs
Kvarn Stations Back Furu Fabriks Åker Bäck Asp Tall Lärk Lingon Hjortron Myr Sjö Hamn Kungs Drottning
Tornedals Älv Fjäll Linné Smedje Mejeri Prästgårds Bruks Hantverks Lövånger Norrlands Sol Mån Ekorr
Vide Rönn Sälg Hägg Al Lind Alm Syren Blåbärs Tranbärs Mjölnar Skeppar Fiskar Lots Tull Post Rådhus
Torg Kapell Vallmo Prästkrage Nyponbuske Kalmar Luleå Kalix Seminarie Villa Gärdes Gamla Tegel`
    .split(/\s+/)
    .filter(Boolean)
/** Street endings, by how common they are; the last ones are ones the guard's list lacked. */
const STREET_ENDS: Array<[string, number]> = [
  ['vägen', 35],
  ['gatan', 30],
  ['stigen', 7],
  ['gränd', 3],
  ['gränden', 2],
  ['backen', 4],
  ['allén', 2],
  ['torget', 1],
  ['leden', 1],
  ['slingan', 2],
  ['hagen', 2],
  ['liden', 1],
  ['ängen', 1],
  ['udden', 1],
  ['kajen', 1],
  ['åsen', 2],
  ['gången', 1],
  ['brinken', 1],
  ['kroken', 1],
  ['ringen', 1],
  ['vallen', 1],
  ['plan', 1],
  ['bron', 1],
  ['malmen', 1],
]
const PREFIX = ['Norra', 'Södra', 'Östra', 'Västra', 'Lilla', 'Stora', 'Gamla', 'Övre', 'Nedre']

export function street(r: Rng): string {
  const name = `${r.pick(STREET_PARTS)}${r.weighted(STREET_ENDS)}`
  return r.chance(0.1) ? `${r.pick(PREFIX)} ${name}` : name
}

export function streetAddress(r: Rng): string {
  if (r.chance(0.07)) return `Box ${r.int(1, 9999)}`
  let a = `${street(r)} ${r.int(1, 140)}`
  if (r.chance(0.15)) a += r.chance(0.5) ? ` ${r.pick(['A', 'B', 'C'])}` : r.pick(['A', 'B'])
  if (r.chance(0.1)) a += `, lgh ${r.int(10, 16)}${r.digits(2)}`
  else if (r.chance(0.04)) a += ` ${r.int(1, 4)} tr`
  return a
}

/** Villages without street names: the address is the village and a number. */
export const VILLAGES =
  `Näsbyn Ytterbyn Sangis Morjärv Töre Båtskärsnäs Risögrund Påläng Rolfs Vånafjärden Lappträsk
Nyborg Kamlunge Björkfors Gammelgården Ryssbält Pålänge Bredviken Grytnäs Manjärv Halmstad Ljungbyholm Dörby
Tvärskog Vassmolösa Trekanten Rockneby Läckeby Bergkvara`
    .split(/\s+/)
    .filter(Boolean)

export const TOWNS =
  `Kalix Kalmar Luleå Piteå Boden Haparanda Töre Morjärv Överkalix Ljungbyholm Färjestaden
Lindsdal Smedby Nybro Torsås Gällivare Kiruna Jokkmokk Älvsbyn Arvidsjaur Råneå Karlsvik`
    .split(/\s+/)
    .filter(Boolean)

export function postcode(r: Rng): string {
  const digits = `${r.int(1, 9)}${r.digits(2)}${r.digits(2)}`
  return r.weighted<string>([
    [`${digits.slice(0, 3)} ${digits.slice(3)}`, 80],
    [digits, 10],
    [`SE-${digits.slice(0, 3)} ${digits.slice(3)}`, 6],
    [`S-${digits.slice(0, 3)} ${digits.slice(3)}`, 4],
  ])
}

/** A Swedish bank account: clearing number and account, as each bank's customers write it. */
export function bankAccount(r: Rng): string {
  return r.weighted<() => string>([
    // Swedbank: five-digit clearing with its check digit, ten-digit account.
    [
      () =>
        `8${r.digits(3)}-${r.digits(1)}, ${r.digits(3)} ${r.digits(3)} ${r.digits(3)}-${r.digits(1)}`,
      3,
    ],
    [
      () =>
        `8${r.digits(3)}-${r.digits(1)} ${r.digits(3)} ${r.digits(3)} ${r.digits(3)}-${r.digits(1)}`,
      1,
    ],
    // Handelsbanken: 6xxx and nine digits.
    [() => `6${r.digits(3)}-${r.digits(3)} ${r.digits(3)} ${r.digits(3)}`, 2],
    [() => `6${r.digits(3)} ${r.digits(9)}`, 1],
    // SEB: 5xxx and seven digits.
    [() => `5${r.digits(3)}-${r.digits(2)} ${r.digits(3)} ${r.digits(2)}`, 2],
    [() => `5${r.digits(3)} ${r.digits(2)} ${r.digits(3)} ${r.digits(2)}`, 1],
    // Nordea and others: 1xxx–3xxx, 9xxx and seven digits.
    [() => `${r.pick(['1', '3', '9'])}${r.digits(3)}-${r.digits(7)}`, 2],
    [
      () => `${r.pick(['1', '3', '9'])}${r.digits(3)}-${r.digits(2)} ${r.digits(3)} ${r.digits(2)}`,
      1,
    ],
  ])()
}

/** A bankgiro number (7 or 8 digits, Luhn): "123-4567", "5050-1055". */
export function bankgiro(r: Rng): string {
  const eight = r.chance(0.5)
  const body = `${r.int(1, 9)}${r.digits(eight ? 6 : 5)}`
  const d = body + luhnDigit(body)
  return eight ? `${d.slice(0, 4)}-${d.slice(4)}` : `${d.slice(0, 3)}-${d.slice(3)}`
}

/** A plusgiro number (2–8 digits, Luhn), grouped in pairs from the right: "47 11 23-4". */
export function plusgiro(r: Rng): string {
  const body = `${r.int(1, 9)}${r.digits(r.int(3, 6))}`
  const d = body + luhnDigit(body)
  const head = d.slice(0, -1)
  const pairs: string[] = []
  for (let i = head.length; i > 0; i -= 2) pairs.unshift(head.slice(Math.max(0, i - 2), i))
  return r.chance(0.7) ? `${pairs.join(' ')}-${d.slice(-1)}` : `${head}-${d.slice(-1)}`
}

function mod97(numeric: string): number {
  let rest = 0
  for (const c of numeric) rest = (rest * 10 + (c.charCodeAt(0) - 48)) % 97
  return rest
}

const IBAN_BBAN: Record<string, (r: Rng) => string> = {
  SE: (r) => `${r.pick(['500', '800', '600', '300', '120', '950'])}${r.digits(17)}`,
  DE: (r) => r.digits(18),
  NO: (r) => r.digits(11),
  FI: (r) => r.digits(14),
  DK: (r) => r.digits(14),
}

/** An IBAN with correct check digits, in groups of four or compact. */
export function iban(r: Rng): string {
  const country = r.weighted<string>([
    ['SE', 8],
    ['DE', 1],
    ['NO', 1],
    ['FI', 1],
    ['DK', 1],
  ])
  const bban = IBAN_BBAN[country]!(r)
  const letters = [...country].map((c) => String(c.charCodeAt(0) - 55)).join('')
  const check = pad(98 - mod97(`${bban}${letters}00`))
  const compact = `${country}${check}${bban}`
  return r.chance(0.75) ? compact.replace(/(.{4})(?=.)/g, '$1 ') : compact
}

const PLATE_LETTERS = 'ABCDEFGHJKLMNOPRSTUWXYZ'
const PLATE_LAST = '0123456789ABCDEFGHJKLMNPRSTUWXYZ'

/** A Swedish registration number: "ABC 123", "MLB 84K". `avoid`: acronyms the set uses as words. */
export function plate(r: Rng, avoid: ReadonlySet<string>): string {
  for (;;) {
    const letters = Array.from({ length: 3 }, () => r.pick([...PLATE_LETTERS])).join('')
    if (avoid.has(letters)) continue
    const last = r.chance(0.7) ? r.digits(1) : r.pick([...PLATE_LAST])
    return `${letters}${r.chance(0.75) ? ' ' : ''}${r.digits(2)}${last}`
  }
}
