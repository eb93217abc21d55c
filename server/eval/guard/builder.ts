import {
  bankAccount,
  bankgiro,
  email,
  iban,
  notADate,
  organisationsnummer,
  personnummer,
  phone,
  plate,
  plusgiro,
  PNR_FORMATS,
  postcode,
  streetAddress,
  TOWNS,
  VILLAGES,
} from './identifiers.js'
import { newPerson, type Person } from './people.js'
import type { Rng } from './prng.js'
import type { CleanKind, CleanSpan, GoldSpan, GoldType } from './set-types.js'
import * as W from './words.js'

/**
 * Writes one document from sentence templates. A template is Swedish text with placeholders:
 * `{name}` a new person's full name, `{last}` / `{first}` that person again, `{pnr}` a
 * personnummer, `{case}` a case number … (see FILL). Personal placeholders become labelled spans,
 * clean ones (case numbers, § numbers, statutes, dates, amounts) spans that must not be flagged,
 * and the rest plain filler.
 */
export class DocBuilder {
  text = ''
  spans: GoldSpan[] = []
  clean: CleanSpan[] = []
  person: Person | null = null

  constructor(
    readonly r: Rng,
    private readonly counters: Counters,
  ) {}

  add(s: string) {
    this.text += s
  }

  gold(type: GoldType, value: string, extra: Partial<GoldSpan> = {}) {
    const start = this.text.length
    this.text += value
    this.spans.push({ type, start, end: start + value.length, value, ...extra })
  }

  mustNotFlag(kind: CleanKind, value: string) {
    const start = this.text.length
    this.text += value
    this.clean.push({ kind, start, end: start + value.length, value })
  }

  /** Appends a template, filling its placeholders. */
  write(template: string) {
    const re = /\{(\w+)(?::([^}]*))?\}/g
    let at = 0
    for (let m = re.exec(template); m; m = re.exec(template)) {
      this.add(template.slice(at, m.index))
      const fill = FILL[m[1]!]
      if (!fill) throw new Error(`unknown placeholder {${m[1]}} in: ${template}`)
      fill(this, m[2])
      at = m.index + m[0].length
    }
    this.add(template.slice(at))
  }

  newPerson(): Person {
    this.person = newPerson(this.r)
    return this.person
  }

  current(): Person {
    return this.person ?? this.newPerson()
  }

  name(p: Person, value: string) {
    this.gold('name', value, { source: p.source })
  }

  /** The genitive: "Anna Bergs", "Jonas" stays "Jonas"; the s is not part of the name. */
  genitive(p: Person, value: string) {
    this.name(p, value)
    if (!/[sxz]$/.test(value)) this.add('s')
  }

  idNumber(kind: 'pnr' | 'snr' | 'bad') {
    const n = this.counters.id++
    const format = PNR_FORMATS[n % PNR_FORMATS.length]!
    const id = personnummer(this.r, {
      format,
      coordination: kind === 'snr',
      valid: kind !== 'bad',
    })
    this.gold(kind === 'snr' ? 'samordningsnummer' : 'personnummer', id.value, {
      format,
      ...(kind === 'bad' ? { suspected: true } : {}),
    })
  }
}

export interface Counters {
  id: number
}

type Fill = (b: DocBuilder, arg: string | undefined) => void

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)

/** A personnummer with a typo is written with its separator; that is what marks it as one. */
function badIdNumber(b: DocBuilder) {
  const format = b.r.pick(['short-dash', 'long-dash', 'short-endash'] as const)
  const id = personnummer(b.r, { format, valid: false })
  b.gold('personnummer', id.value, { format, suspected: true })
}

export const FILL: Record<string, Fill> = {
  // People.
  name: (b) => {
    const p = b.newPerson()
    b.name(p, p.full)
  },
  nameGen: (b) => {
    const p = b.newPerson()
    b.genitive(p, p.full)
  },
  given: (b) => {
    const p = b.newPerson()
    b.name(p, p.given)
  },
  first: (b) => {
    const p = b.current()
    b.name(p, p.given)
  },
  last: (b) => {
    const p = b.current()
    b.name(p, p.surname)
  },
  lastGen: (b) => {
    const p = b.current()
    b.genitive(p, p.surname)
  },
  // Identity numbers.
  pnr: (b) => b.idNumber('pnr'),
  snr: (b) => b.idNumber('snr'),
  pnrBad: (b) => badIdNumber(b),
  // Contact details.
  phone: (b) => b.gold('phone', phone(b.r)),
  mobile: (b) => b.gold('phone', phone(b.r, 'mobile')),
  landline: (b) => b.gold('phone', phone(b.r, 'landline')),
  email: (b) => {
    const p = b.current()
    b.gold('email', email(b.r, p.given, p.surname))
  },
  address: (b) => b.gold('address', streetAddress(b.r)),
  rural: (b) => b.gold('address', `${b.r.pick(VILLAGES)} ${b.r.int(1, 400)}`),
  postcode: (b) => b.gold('postcode', postcode(b.r)),
  bank: (b) => b.gold('bankAccount', bankAccount(b.r)),
  bg: (b) => b.gold('bankgiro', bankgiro(b.r)),
  pg: (b) => b.gold('plusgiro', plusgiro(b.r)),
  iban: (b) => b.gold('iban', iban(b.r)),
  plate: (b) => b.gold('vehicle', plate(b.r, W.ACRONYMS)),
  // Special categories and secrecy: the words that make them, labelled as written.
  sens: (b, arg) => b.gold('sensitive', arg ?? ''),
  diagnosis: (b) => b.gold('sensitive', b.r.pick(W.DIAGNOSES)),
  stamp: (b, arg) => b.gold('confidential', arg ?? ''),
  // What must never be flagged.
  case: (b) => b.mustNotFlag('caseNumber', W.caseNumber(b.r)),
  para: (b) => b.mustNotFlag('section', W.section(b.r)),
  statute: (b) => b.mustNotFlag('statute', W.statute(b.r)),
  sfs: (b) => b.mustNotFlag('statute', `SFS ${b.r.pick(W.SFS)}`),
  osl: (b) => b.mustNotFlag('statute', W.osl(b.r)),
  date: (b) => b.mustNotFlag('date', W.isoDate(b.r)),
  dateLong: (b) => b.mustNotFlag('date', W.longDate(b.r)),
  dateFull: (b) => b.mustNotFlag('date', W.fullDate(b.r)),
  time: (b) => b.mustNotFlag('date', W.time(b.r)),
  years: (b) => b.mustNotFlag('date', W.yearRange(b.r)),
  year: (b) => b.mustNotFlag('date', String(b.r.int(2014, 2027))),
  amount: (b) => b.mustNotFlag('amount', W.amount(b.r)),
  percent: (b) => b.mustNotFlag('amount', W.percent(b.r)),
  orgnr: (b) => b.mustNotFlag('orgnr', organisationsnummer(b.r)),
  otherNum: (b) => b.mustNotFlag('otherNumber', notADate(b.r)),
  ocr: (b) => b.mustNotFlag('otherNumber', b.r.digits(b.r.int(8, 14))),
  // Filler.
  title: (b) => b.add(b.r.pick(W.TITLES)),
  Title: (b) => b.add(cap(b.r.pick(W.TITLES))),
  role: (b) => b.add(b.r.pick(W.ROLES)),
  party: (b) => b.add(b.r.pick(W.PARTIES)),
  dept: (b) => b.add(b.r.pick(W.DEPARTMENTS)),
  Dept: (b) => b.add(cap(b.r.pick(W.DEPARTMENTS))),
  committee: (b) => b.add(b.r.pick(W.COMMITTEES)),
  town: (b) => b.add(b.r.pick(TOWNS)),
  TOWN: (b) => b.add(b.r.pick(TOWNS).toUpperCase()),
  topic: (b) => b.add(b.r.pick(W.TOPICS)),
  class: (b) => b.add(`${b.r.int(1, 9)}${b.r.pick(['A', 'B', 'C', 'D'])}`),
  school: (b) => b.add(b.r.pick(W.SCHOOLS)),
  union: (b) => b.add(b.r.pick(W.UNIONS)),
}
