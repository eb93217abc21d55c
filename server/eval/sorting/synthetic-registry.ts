/**
 * A synthetic registry for the sorter's quality test: cases and their documents from templates,
 * across five series, six committees and eleven case officers, with shared municipal words,
 * generic descriptions ("Kompletterande handlingar") and some documents written in another
 * officer's words, so that the task is not trivial. Seeded: the same seed gives the same registry.
 */

export interface SynthDocument {
  date: string
  direction: 'incoming' | 'outgoing' | 'drawnUp'
  description: string
  counterpartName: string | null
  counterpartKind: 'person' | 'organisation' | null
  fileText: string | null
}

export interface SynthCase {
  seriesPrefix: string
  committee: string
  officer: string
  title: string
  documents: SynthDocument[]
}

export const SYNTH_COMMITTEES = [
  { key: 'KS', name: 'Kommunstyrelsen', kind: 'executive' as const },
  { key: 'KSAU', name: 'Kommunstyrelsens arbetsutskott', kind: 'subcommittee' as const },
  { key: 'SBN', name: 'Samhällsbyggnadsnämnden', kind: 'board' as const },
  { key: 'BUN', name: 'Barn- och utbildningsnämnden', kind: 'board' as const },
  { key: 'SN', name: 'Socialnämnden', kind: 'board' as const },
  { key: 'KFN', name: 'Kultur- och fritidsnämnden', kind: 'board' as const },
]

export const SYNTH_SERIES = [
  { prefix: 'KS', name: 'Kommunstyrelsen', committee: 'KS' },
  { prefix: 'SBN', name: 'Samhällsbyggnadsnämnden', committee: 'SBN' },
  { prefix: 'BUN', name: 'Barn- och utbildningsnämnden', committee: 'BUN' },
  { prefix: 'SN', name: 'Socialnämnden', committee: 'SN' },
  { prefix: 'KFN', name: 'Kultur- och fritidsnämnden', committee: 'KFN' },
]

interface Topic {
  officer: string
  series: string
  committee: string
  weight: number
  titles: string[]
  incoming: string[]
  outgoing: string[]
  drawnUp: string[]
  orgs: string[]
  /** share of incoming documents from private persons */
  persons: number
}

const TOPICS: Topic[] = [
  {
    officer: 'ekonom',
    series: 'KS',
    committee: 'KS',
    weight: 4,
    titles: [
      'Delårsrapport {year}',
      'Budget och verksamhetsplan {year}',
      'Upplåning och borgensram {year}',
      'Ekonomisk uppföljning per {month} {year}',
    ],
    incoming: [
      'Låneerbjudande från {org}',
      'Revisionsrapport om den ekonomiska redovisningen',
      'Underlag till budgetuppföljning från förvaltningen',
    ],
    outgoing: ['Svar till {org} om borgensåtagande', 'Begäran om ramjustering'],
    drawnUp: ['Tjänsteskrivelse budgetuppföljning', 'Prognos över årets resultat'],
    orgs: ['Kommuninvest', 'KPMG', 'Skatteverket', 'Statistiska centralbyrån'],
    persons: 0,
  },
  {
    officer: 'kanslichef',
    series: 'KS',
    committee: 'KS',
    weight: 4,
    titles: [
      'Motion om {subject}',
      'Medborgarförslag om {subject}',
      'Revidering av reglemente för {committee}',
      'Val av ombud till {org}',
    ],
    incoming: [
      'Motion från {party} om {subject}',
      'Medborgarförslag om {subject}',
      'Kallelse till stämma hos {org}',
    ],
    outgoing: ['Svar på medborgarförslag om {subject}', 'Meddelande om val av ombud'],
    drawnUp: ['Tjänsteskrivelse motion om {subject}', 'Förslag till reviderat reglemente'],
    orgs: ['Norrbottens kommuner', 'Sveriges Kommuner och Regioner', 'Kommunassurans'],
    persons: 0.4,
  },
  {
    officer: 'sakerhet',
    series: 'KS',
    committee: 'KSAU',
    weight: 3,
    titles: [
      'Risk- och sårbarhetsanalys {year}',
      'Informationssäkerhetsincident i {system}',
      'Krisberedskap och civilt försvar {year}',
    ],
    incoming: [
      'Rapport om incident i {system} från {org}',
      'Föreskrifter om krisberedskap från {org}',
      'Underrättelse om övning från {org}',
    ],
    outgoing: ['Redovisning av krisberedskap till {org}', 'Anmälan av personuppgiftsincident'],
    drawnUp: ['Handlingsplan för informationssäkerhet', 'Analys av sårbarheter i {system}'],
    orgs: [
      'Myndigheten för samhällsskydd och beredskap',
      'Länsstyrelsen i Norrbottens län',
      'Integritetsskyddsmyndigheten',
    ],
    persons: 0,
  },
  {
    officer: 'upphandlare',
    series: 'KS',
    committee: 'KS',
    weight: 3,
    titles: [
      'Upphandling av {service}',
      'Avtal om {service} {year}',
      'Förlängning av ramavtal för {service}',
    ],
    incoming: [
      'Anbud på {service} från {org}',
      'Överprövning av upphandling av {service}',
      'Fråga om förfrågningsunderlag',
    ],
    outgoing: ['Tilldelningsbeslut upphandling av {service}', 'Avtal om {service} undertecknat'],
    drawnUp: ['Förfrågningsunderlag för {service}', 'Utvärdering av anbud'],
    orgs: ['Förvaltningsrätten i Luleå', 'Adda inköpscentral', 'Tieto Sverige AB', 'Ramirent AB'],
    persons: 0,
  },
  {
    officer: 'bygglov',
    series: 'SBN',
    committee: 'SBN',
    weight: 6,
    titles: [
      'Bygglov för {building} på fastigheten {property}',
      'Rivningslov {property}',
      'Strandskyddsdispens {property}',
    ],
    incoming: [
      'Ansökan om bygglov för {building}',
      'Ritningar och situationsplan för {building}',
      'Grannes synpunkter på bygglov',
      'Ansökan om strandskyddsdispens för {building}',
    ],
    outgoing: [
      'Beslut om bygglov för {building}',
      'Begäran om komplettering av bygglovsansökan',
      'Startbesked för {building}',
    ],
    drawnUp: ['Tjänsteanteckning platsbesök {property}', 'Slutbesked för {building}'],
    orgs: ['Länsstyrelsen i Norrbottens län', 'Lantmäteriet', 'Byggkonsult Nord AB'],
    persons: 0.7,
  },
  {
    officer: 'planarkitekt',
    series: 'SBN',
    committee: 'SBN',
    weight: 3,
    titles: ['Detaljplan för {area}', 'Ändring av detaljplan för {area}', 'Planbesked för {area}'],
    incoming: [
      'Samrådsyttrande över detaljplan för {area} från {org}',
      'Begäran om planbesked för {area}',
      'Granskningsyttrande från {org}',
    ],
    outgoing: ['Underrättelse om granskning av detaljplan för {area}', 'Planbesked för {area}'],
    drawnUp: ['Planbeskrivning detaljplan {area}', 'Samrådsredogörelse detaljplan {area}'],
    orgs: [
      'Trafikverket',
      'Länsstyrelsen i Norrbottens län',
      'Vattenfall Eldistribution AB',
      'Lantmäteriet',
    ],
    persons: 0.2,
  },
  {
    officer: 'miljo',
    series: 'SBN',
    committee: 'SBN',
    weight: 4,
    titles: [
      'Tillsyn enligt miljöbalken {business}',
      'Enskilt avlopp på fastigheten {property}',
      'Livsmedelskontroll {business}',
    ],
    incoming: [
      'Ansökan om tillstånd för enskilt avlopp',
      'Klagomål på buller från {business}',
      'Anmälan om registrering av livsmedelsanläggning',
    ],
    outgoing: [
      'Inspektionsrapport livsmedelskontroll {business}',
      'Föreläggande om åtgärder för avlopp',
      'Beslut om avgift för tillsyn',
    ],
    drawnUp: ['Inspektionsprotokoll {business}', 'Provtagningsresultat dricksvatten'],
    orgs: ['Livsmedelsverket', 'Havs- och vattenmyndigheten', 'Eurofins Environment Testing'],
    persons: 0.6,
  },
  {
    officer: 'skolchef',
    series: 'BUN',
    committee: 'BUN',
    weight: 4,
    titles: [
      'Skolskjuts läsåret {schoolyear}',
      'Placering i förskola {school}',
      'Klagomål på utbildningen vid {school}',
    ],
    incoming: [
      'Ansökan om skolskjuts',
      'Ansökan om plats i förskola',
      'Klagomål till huvudmannen om {school}',
      'Anmälan om kränkande behandling',
    ],
    outgoing: [
      'Beslut om skolskjuts',
      'Erbjudande om förskoleplats vid {school}',
      'Svar på klagomål om {school}',
    ],
    drawnUp: ['Utredning av kränkande behandling', 'Tjänsteanteckning samtal med vårdnadshavare'],
    orgs: ['Skolinspektionen', 'Barn- och elevombudet', 'Länstrafiken i Norrbotten'],
    persons: 0.8,
  },
  {
    officer: 'skolutvecklare',
    series: 'BUN',
    committee: 'BUN',
    weight: 2,
    titles: [
      'Statsbidrag för {grant} {year}',
      'Systematiskt kvalitetsarbete {year}',
      'Lärarlönelyftet {year}',
    ],
    incoming: [
      'Beslut om statsbidrag för {grant} från {org}',
      'Information om rekvisition av statsbidrag',
      'Enkätresultat skolenkäten',
    ],
    outgoing: ['Rekvisition av statsbidrag för {grant}', 'Redovisning av statsbidrag till {org}'],
    drawnUp: ['Kvalitetsrapport grundskolan', 'Analys av kunskapsresultat'],
    orgs: ['Skolverket', 'Specialpedagogiska skolmyndigheten', 'Skolforskningsinstitutet'],
    persons: 0,
  },
  {
    officer: 'socialhandlaggare',
    series: 'SN',
    committee: 'SN',
    weight: 3,
    titles: ['Färdtjänst {year}', 'Bostadsanpassningsbidrag {property}', 'Riksfärdtjänst'],
    incoming: [
      'Ansökan om färdtjänst',
      'Ansökan om bostadsanpassningsbidrag',
      'Läkarintyg till ansökan om färdtjänst',
      'Offert på bostadsanpassning från {org}',
    ],
    outgoing: ['Beslut om färdtjänst', 'Beslut om bostadsanpassningsbidrag'],
    drawnUp: ['Utredning färdtjänst', 'Besiktning av bostadsanpassning'],
    orgs: ['Kalix Bygg och Måleri AB', 'Norrbottens Trafikservice', 'Försäkringskassan'],
    persons: 0.8,
  },
  {
    officer: 'kulturchef',
    series: 'KFN',
    committee: 'KFN',
    weight: 3,
    titles: [
      'Föreningsbidrag {year}',
      'Kulturstipendium {year}',
      'Utsmyckning av {building} {year}',
      'Badhusets öppettider {year}',
    ],
    incoming: [
      'Ansökan om föreningsbidrag från {club}',
      'Nominering till kulturstipendium',
      'Ansökan om lokalbidrag från {club}',
      'Skrivelse om badhusets öppettider',
    ],
    outgoing: ['Beslut om föreningsbidrag till {club}', 'Meddelande om kulturstipendiat'],
    drawnUp: ['Sammanställning av bidragsansökningar', 'Tjänsteskrivelse kulturstipendium'],
    orgs: ['Region Norrbotten', 'Statens kulturråd', 'Riksidrottsförbundet'],
    persons: 0.3,
  },
]

const GENERIC = [
  'Kompletterande handlingar',
  'Skrivelse',
  'Påminnelse',
  'Delgivningskvitto',
  'Mottagningsbevis',
  'Mejl med frågor',
  'Fullmakt',
]

const SLOTS: Record<string, string[]> = {
  year: ['2024', '2025'],
  month: ['mars', 'juni', 'augusti', 'oktober'],
  subject: [
    'gatubelysning i Töre',
    'cykelväg till Risögrund',
    'fler laddstolpar',
    'hundrastgård i centrum',
    'ungdomens hus',
    'ökad snöröjning',
  ],
  committee: ['kommunstyrelsen', 'socialnämnden', 'samhällsbyggnadsnämnden'],
  party: ['Vänsterpartiet', 'Moderaterna', 'Centerpartiet', 'Kristdemokraterna'],
  system: ['ekonomisystemet', 'lönesystemet', 'e-postsystemet', 'verksamhetssystemet'],
  service: [
    'snöröjning',
    'skolmåltider',
    'IT-drift',
    'städtjänster',
    'arbetskläder',
    'fordonsleasing',
  ],
  building: [
    'enbostadshus',
    'garage',
    'fritidshus',
    'förråd',
    'nybyggnad av lagerlokal',
    'tillbyggnad av skola',
  ],
  area: ['Strandängen', 'Centrala Kalix', 'Grytnäs industriområde', 'Lövnäs', 'Rolfs by'],
  business: [
    'Pizzeria Roma',
    'Kalix Sågverk',
    'ICA Kvantum',
    'Bilverkstaden i Töre',
    'Kalix Camping',
  ],
  school: ['Näsbyskolan', 'Furuhedsskolan', 'Tärendö förskola', 'Manhemsskolan'],
  schoolyear: ['2024/25', '2025/26'],
  grant: ['fritidshem', 'lärarassistenter', 'läxhjälp', 'sommarskola'],
  club: ['Kalix IK', 'Töre SK', 'Kalix Konstförening', 'Scoutkåren Kalix', 'Kalix Schackklubb'],
}

const DISTRICTS = ['Näsbyn', 'Sangis', 'Töre', 'Risön', 'Båtskärsnäs', 'Morjärv', 'Kalix Nyborg']

const PERSONS = [
  'Anna Nilsson',
  'Erik Lundström',
  'Maria Björk',
  'Johan Öhman',
  'Sara Lindgren',
  'Per Forsberg',
]

/** mulberry32: a small seeded generator, so the registry is the same every run. */
function random(seed: number) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** `size` documents in cases of one to five documents over 2024–2025. */
export function syntheticRegistry(seed: number, size: number): SynthCase[] {
  const rnd = random(seed)
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T
  const totalWeight = TOPICS.reduce((s, t) => s + t.weight, 0)
  const pickTopic = () => {
    let r = rnd() * totalWeight
    for (const t of TOPICS) if ((r -= t.weight) < 0) return t
    return TOPICS[TOPICS.length - 1] as Topic
  }
  const fill = (template: string, slots: Record<string, string>, t: Topic) =>
    template.replace(/\{(\w+)\}/g, (_, k: string) => {
      if (k === 'org') return pick(t.orgs)
      // A property is one of many: district and block numbers.
      if (k === 'property')
        return (slots[k] ??=
          `${pick(DISTRICTS)} ${1 + Math.floor(rnd() * 30)}:${1 + Math.floor(rnd() * 200)}`)
      return (slots[k] ??= pick(SLOTS[k] ?? ['']))
    })

  const cases: SynthCase[] = []
  let documents = 0
  // Day offsets from 2024-01-08, increasing: cases open in order and their documents follow.
  let day = 0
  while (documents < size) {
    const t = pickTopic()
    const slots: Record<string, string> = {}
    const title = fill(pick(t.titles), slots, t)
    const n = Math.min(size - documents, 1 + Math.floor(rnd() * 5))
    const docs: SynthDocument[] = []
    let d = day
    for (let i = 0; i < n; i++) {
      const direction =
        i === 0
          ? rnd() < 0.8
            ? 'incoming'
            : 'drawnUp'
          : pick(['incoming', 'outgoing', 'drawnUp'] as const)
      // One in eight documents says nothing telling; one in ten uses another officer's words.
      const words = rnd() < 0.1 ? pickTopic() : t
      const template = rnd() < 0.125 ? pick(GENERIC) : pick(words[direction])
      const person = direction !== 'drawnUp' && rnd() < t.persons
      const counterpartName = direction === 'drawnUp' ? null : person ? pick(PERSONS) : pick(t.orgs)
      const caseRef = i > 0 && rnd() < 0.3
      docs.push({
        date: isoDay(Math.floor(d)),
        direction,
        description: fill(template, slots, words),
        counterpartName,
        counterpartKind: counterpartName ? (person ? 'person' : 'organisation') : null,
        fileText:
          rnd() < 0.5
            ? `${fill(pick(words[direction]), slots, words)}.\n${caseRef ? 'Er beteckning: {ref}\n' : ''}Med vänliga hälsningar`
            : null,
      })
      d += 1 + Math.floor(rnd() * 60)
    }
    cases.push({
      seriesPrefix: t.series,
      committee: t.committee,
      officer: t.officer,
      title,
      documents: docs,
    })
    documents += n
    // A larger registry is a busier municipality, not a longer one: cases open more often.
    day += (1 + Math.floor(rnd() * 3)) * Math.min(1, 400 / size)
  }
  return cases
}

function isoDay(offset: number): string {
  const d = new Date(Date.UTC(2024, 0, 8 + offset))
  return d.toISOString().slice(0, 10)
}
