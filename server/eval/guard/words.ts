import type { Rng } from './prng.js'

/** The filler of the evaluation set's sentences, and the clean references that must not be flagged. */

const list = (s: string) => s.split('|').map((w) => w.trim())

/** Titles and roles written before a name (some the guard knows, some it does not). */
export const TITLES =
  list(`handläggare|socialsekreterare|biståndshandläggare|enhetschef|rektor|förvaltningschef|
kommundirektör|ekonom|controller|nämndsekreterare|registrator|IT-chef|digitaliseringschef|HR-strateg|utredare|
planarkitekt|bygglovshandläggare|miljöinspektör|kommunjurist|skolsköterska|kurator|lärare|förskollärare|
fritidsledare|vaktmästare|lokalvårdare|undersköterska|arbetsterapeut|fysioterapeut|kommunikatör|projektledare|
avdelningschef|överförmyndarhandläggare|LSS-handläggare|kommunalrådet|gruppledaren|verksamhetsutvecklare|
systemförvaltare|arkivarie|kultursekreterare|fastighetsförvaltare|livsmedelsinspektör|elevhälsochef`)

/** What follows a name and a comma. */
export const ROLES = list(`ordförande|vice ordförande|ledamot|ersättare|handläggare|enhetschef|
kommunledningskontoret|socialförvaltningen|ekonomiavdelningen|sekreterare|kommunikatör|ekonom|
samhällsbyggnadsförvaltningen|HR-avdelningen|kommunjurist|förvaltningschef|rektor|arkivarie|
systemförvaltare|kommunens dataskyddsombud|projektledare`)

export const PARTIES = list('S|M|C|V|KD|L|MP|SD|S|S|M|C')

export const DEPARTMENTS =
  list(`kommunledningskontoret|socialförvaltningen|barn- och utbildningsförvaltningen|
samhällsbyggnadsförvaltningen|miljö- och byggförvaltningen|ekonomiavdelningen|HR-avdelningen|IT-enheten|
kultur- och fritidsförvaltningen|tekniska förvaltningen|service- och kommunikationsenheten|
överförmyndarenheten|kansliavdelningen`)

export const COMMITTEES =
  list(`Kommunstyrelsen|Kommunfullmäktige|Barn- och utbildningsnämnden|Socialnämnden|
Miljö- och byggnämnden|Kommunstyrelsens arbetsutskott|Tekniska utskottet|Kultur- och fritidsnämnden|
Arbetsutskottet|Valnämnden|Överförmyndarnämnden`)

export const TOPICS =
  list(`snöskoterleder i kommunen|gatubelysningen i Näsbyn|bredbandsutbyggnaden|skolskjutsarna|
vinterväghållningen|en ny förskola i Töre|detaljplanen för Stadsparken|parkeringsavgifterna|kollektivtrafiken|
vatten och avlopp|matdistributionen inom äldreomsorgen|badhusets öppettider|avfallshämtningen|
biblioteksfilialen i Morjärv|en hundrastgård|lekplatsen vid skolan|cykelvägen längs älven|kommunens klimatstrategi|
riktlinjerna för användning av AI|delegationsordningen|föreningsbidragen|hamnens utveckling|
turismstrategin|e-arkivet|digitaliseringen av nämndadministrationen|friluftsområdet vid Bergön`)

export const SCHOOLS = list(`Manhemsskolan|Furuhedsskolan|Centralskolan|Näsbyskolan|Lindsdalsskolan|
Ljungbyholmsskolan|Tärendöskolan|Båtskärsnässkolan`)

export const UNIONS = list(
  'Kommunal|Vision|Lärarförbundet|Vårdförbundet|Sveriges Lärare|Unionen|Akademikerförbundet SSR',
)

/**
 * Health conditions as a letter or a decision names them: most are in the guard's list of art. 9
 * words, some deliberately not (astma, KOL, migrän …), to measure what a word list misses.
 */
export const DIAGNOSES =
  list(`diagnosen ADHD|diagnosen autism|en depression|diabetes|epilepsi|demens|cancer|
ångestsyndrom|en ätstörning|utmattningssyndrom|bipolär sjukdom|Aspergers syndrom|dyslexi|en hörselskada|
ett alkoholberoende|ett spelberoende|astma|KOL|reumatoid artrit|multipel skleros|Parkinsons sjukdom|migrän|
sömnapné|en hjärnskada|en synnedsättning|en intellektuell funktionsnedsättning|schizofreni|posttraumatiskt stressyndrom`)

/** Capitals the set uses as words; a made-up registration number never spells one. */
export const ACRONYMS = new Set(
  `SEK EUR MKR TKR SFS OSL KSAU BUN SBN MBN KFN TUN ISO BKA LSS LVU SOL IVO SKR SCB CSN MSB PBL LOU TEK
  AFA KPA SPV BIC OCR SMS PDF GDPR KOL ADHD MDK VON BMN MHN FÖR AND ANDTS HBT EKO MKB ÖVK DNR NRS`.split(
    /\s+/,
  ),
)

const SERIES = list('KS|BUN|SBN|SN|MBN|KFN|TU|ON|VON|BMN|MHN|KF|SOC|BN')
const pad = (n: number, w: number) => String(n).padStart(w, '0')

/** Case numbers in the styles municipalities use. */
export function caseNumber(r: Rng): string {
  const s = r.pick(SERIES)
  const y = r.int(2014, 2026)
  return r.weighted<() => string>([
    [() => `${s}-${y}-${pad(r.int(1, 999), 5)}`, 30],
    [() => `${s} ${y}/${r.int(1, 1999)}`, 25],
    [() => `${y}/${pad(r.int(1, 999), 4)}`, 8],
    [() => `${s} ${y}.${pad(r.int(1, 999), 3)}`, 6],
    [() => `${s}/${y}:${r.int(1, 999)}`, 4],
    [() => `${s}-${y}-${r.int(1, 999)}`, 6],
    [() => `${s} ${y}-${pad(r.int(1, 9999), 6)}`, 5],
    [() => `${s} ${pad(y % 100, 2)}/${pad(r.int(1, 999), 3)}`, 4],
  ])()
}

export function section(r: Rng): string {
  const n = r.int(1, 240)
  return r.weighted<() => string>([
    [() => `§ ${n}`, 60],
    [() => `§§ ${n}–${n + r.int(1, 12)}`, 10],
    [() => `§§ ${n}-${n + r.int(1, 12)}`, 5],
    [() => `${n} §`, 10],
    [() => `§ ${n}/${r.int(2018, 2026)}`, 5],
    [() => `paragraf ${n}`, 5],
    [() => `§ ${n} a`, 5],
  ])()
}

export const SFS = list(
  '2017:725|2017:900|2009:400|2001:453|1993:387|2010:800|2018:218|2010:900|2016:1145|2018:1197|2019:1121|2022:1109|1998:808|2010:1622',
)
const LAW_NAMES: Array<[string, string]> = [
  ['kommunallagen', 'KL'],
  ['förvaltningslagen', 'FL'],
  ['socialtjänstlagen', 'SoL'],
  ['skollagen', 'SL'],
  ['plan- och bygglagen', 'PBL'],
  ['lagen om stöd och service till vissa funktionshindrade', 'LSS'],
  ['miljöbalken', 'MB'],
]

export function statute(r: Rng): string {
  const [law, short] = r.pick(LAW_NAMES)
  const ch = r.int(1, 15)
  const par = r.int(1, 40)
  return r.weighted<() => string>([
    [() => `SFS ${r.pick(SFS)}`, 15],
    [() => `${law} (${r.pick(SFS)})`, 10],
    [() => `${ch} kap. ${par} § ${law}`, 15],
    [() => `${ch} kap. ${par} § ${short}`, 15],
    [() => `${ch} kap. ${par} och ${par + 1} §§ ${short}`, 4],
    [() => `${par} § ${short}`, 5],
    [() => `artikel ${r.int(5, 35)} i dataskyddsförordningen`, 4],
    [() => `GDPR artikel 6.1 e`, 3],
    [() => `2 kap. 1 § tryckfrihetsförordningen`, 3],
  ])()
}

export function osl(r: Rng): string {
  const ch = r.pick([19, 21, 23, 24, 25, 26, 39])
  const par = r.int(1, 12)
  return r.weighted<() => string>([
    [() => `OSL ${ch}:${par}`, 40],
    [() => `${ch} kap. ${par} § OSL`, 30],
    [() => `${ch} kap. ${par} § offentlighets- och sekretesslagen`, 15],
    [() => `offentlighets- och sekretesslagen (2009:400)`, 15],
  ])()
}

const MONTHS = list(
  'januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december',
)
const WEEKDAYS = list('måndagen|tisdagen|onsdagen|torsdagen|fredagen')

function ymd(r: Rng): [number, number, number] {
  return [r.int(2014, 2027), r.int(1, 12), r.int(1, 28)]
}

export function isoDate(r: Rng): string {
  const [y, m, d] = ymd(r)
  return `${y}-${pad(m, 2)}-${pad(d, 2)}`
}

export function longDate(r: Rng): string {
  const [y, m, d] = ymd(r)
  return r.weighted<() => string>([
    [() => `${d} ${MONTHS[m - 1]} ${y}`, 65],
    [() => `${d}/${m} ${y}`, 8],
    [() => `${pad(d, 2)}.${pad(m, 2)}.${y}`, 5],
    [() => `${d} ${MONTHS[m - 1]!.slice(0, 3)} ${y}`, 5],
    [() => `${d}/${m}`, 7],
  ])()
}

/** A date as a notice gives it: "måndagen den 15 december 2025", "den 6 februari 2024". */
export function fullDate(r: Rng): string {
  const [y, m, d] = ymd(r)
  return r.chance(0.5)
    ? `${r.pick(WEEKDAYS)} den ${d} ${MONTHS[m - 1]} ${y}`
    : `den ${d} ${MONTHS[m - 1]} ${y}`
}

export function time(r: Rng): string {
  const h = r.int(7, 19)
  const m = r.pick(['00', '15', '30', '45'])
  return r.weighted<() => string>([
    [() => `kl. ${pad(h, 2)}:${m}`, 40],
    [() => `kl. ${pad(h, 2)}.${m}–${pad(h + 2, 2)}.${m}`, 20],
    [() => `klockan ${h}.${m}`, 15],
    [() => `kl. ${pad(h, 2)}:${m}-${pad(h + 1, 2)}:15`, 15],
    [() => `${pad(h, 2)}:${m}`, 10],
  ])()
}

export function yearRange(r: Rng): string {
  const y = r.int(2014, 2026)
  return r.weighted<() => string>([
    [() => `${y}–${y + r.int(1, 5)}`, 40],
    [() => `${y}-${y + r.int(1, 5)}`, 30],
    [() => `${y}/${y + 1}`, 15],
    [() => `${y}/${pad((y + 1) % 100, 2)}`, 15],
  ])()
}

function thousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ' ')
}

export function amount(r: Rng): string {
  const big = r.int(1, 999) * 1000 * r.pick([1, 1, 10, 100])
  return r.weighted<() => string>([
    [() => `${r.int(1, 400)} mnkr`, 12],
    [() => `${thousands(big)} kronor`, 15],
    [() => `${thousands(r.int(1, 99) * 500)} kr`, 15],
    [() => `${r.int(1, 99)},${r.int(1, 9)} miljoner kronor`, 10],
    [() => `SEK ${thousands(big)}`, 5],
    [() => `${r.int(10, 990)} tkr`, 10],
    [() => `${thousands(big)}:-`, 5],
    [() => `${thousands(big)} SEK`, 5],
    [() => `${r.int(1, 9)},${r.int(1, 9)} mdkr`, 3],
    [() => `${thousands(r.int(100, 2000))} kronor per timme`, 5],
    [() => `${r.int(1, 99)} ${pad(r.int(0, 999), 3)} ${pad(r.int(0, 999), 3)} kr`, 10],
    [() => `${r.int(1, 9)} ${pad(r.int(0, 999), 3)},${pad(r.int(0, 99), 2)} kr`, 5],
  ])()
}

export function percent(r: Rng): string {
  return r.chance(0.6) ? `${r.int(1, 99)} %` : `${r.int(1, 99)},${r.int(1, 9)} procent`
}
