import type { Role } from '../../db/schema.js'
/**
 * Demo dataset for Exempelkommun, built from the real notice (kallelse) of Kalix
 * kommunstyrelse 2025-12-15 (`seeds/kalix-ks-kallelse-2025-12-15.txt`) and Kalix kommun's AI
 * guidelines (`seeds/kalix-riktlinjer-for-ai.txt`). Pure typed data: no I/O.
 *
 * What comes from the seed: committees, case numbers and titles of the agenda, the
 * communications (meddelanden), the delegated decisions, the officials' names and titles,
 * and the full text of the official reports. What is inferred: the dates cases were opened
 * (from the order of their numbers), a few dates the seed leaves out (marked `inferred`
 * below), the BUN and SBN cases, and the confidential registrations, whose people and
 * companies are invented.
 */
import { longDate } from '../../render/swedish-format.js'
import {
  demoDelegatedDecisions,
  demoDelegationPoints,
  demoDelegationReportOrder,
  demoReportingPeriod,
  type DemoDelegatedDecision,
} from './delegation-seed-data.js'

export interface DemoCommittee {
  key: string
  name: string
  shortName: string
  kind: 'council' | 'executive' | 'board' | 'subcommittee'
  parentKey?: string
}

export interface DemoSeries {
  prefix: string
  name: string
  committeeKey?: string
}

export interface DemoDocument {
  direction: 'incoming' | 'outgoing' | 'drawnUp'
  /** YYYY-MM-DD: the date it came in or was drawn up. */
  documentDate: string
  /** Sender (incoming) or recipient (outgoing); required for incoming and outgoing. */
  counterpartName?: string
  counterpartKind?: 'person' | 'organisation'
  /** Short description, what it concerns, as a registrar would write it. */
  description: string
  /** Plain ASCII, no slashes. */
  fileName?: string
  fileText?: string
  /** `ground` is the OSL chapter and section, e.g. 'OSL 23:2'. */
  confidential?: { ground: string; protectCounterpart?: boolean; protectDescription?: boolean }
}

export interface DemoCase {
  seriesPrefix: string
  year: number
  /** 466 for KS-2025-00466. */
  number: number
  title: string
  committeeKey: string
  status: 'open' | 'decided' | 'closed'
  openedOn: string
  caseOfficerUsername?: string
  classificationCode?: string
  documents: DemoDocument[]
}

export interface DemoUser {
  username: string
  displayName: string
  title: string
  roles: Role[]
}

/** A KLASSA-like classification code and its heading. */
export interface DemoClassification {
  code: string
  title: string
}

export const demoMunicipality: {
  name: 'Exempelkommun'
  caseNumberTemplate: '{series}-{year}-{seq:5}'
} = {
  name: 'Exempelkommun',
  caseNumberTemplate: '{series}-{year}-{seq:5}',
}

export const demoCommittees: DemoCommittee[] = [
  { key: 'kf', name: 'Kommunfullmäktige', shortName: 'KF', kind: 'council' },
  { key: 'ks', name: 'Kommunstyrelsen', shortName: 'KS', kind: 'executive' },
  {
    key: 'ksau',
    name: 'Kommunstyrelsens arbets- och personalutskott',
    shortName: 'KSAU',
    kind: 'subcommittee',
    parentKey: 'ks',
  },
  { key: 'tu', name: 'Tekniskt utskott', shortName: 'TU', kind: 'subcommittee', parentKey: 'ks' },
  { key: 'bun', name: 'Barn- och utbildningsnämnden', shortName: 'BUN', kind: 'board' },
  { key: 'sbn', name: 'Samhällsbyggnadsnämnden', shortName: 'SBN', kind: 'board' },
]

export const demoSeries: DemoSeries[] = [
  { prefix: 'KS', name: 'Kommunstyrelsen', committeeKey: 'ks' },
  { prefix: 'BUN', name: 'Barn- och utbildningsnämnden', committeeKey: 'bun' },
  { prefix: 'SBN', name: 'Samhällsbyggnadsnämnden', committeeKey: 'sbn' },
]

/**
 * The officials, the secretary and the chair are named as in the seed; the registrar and
 * the administrator are invented.
 */
export const demoUsers: DemoUser[] = [
  {
    username: 'admin',
    displayName: 'Administratör',
    title: 'Systemförvaltare',
    roles: ['admin', 'registrar'],
  },
  {
    username: 'eva.exempelsson',
    displayName: 'Eva Exempelsson',
    title: 'Registrator',
    roles: ['registrar'],
  },
  {
    username: 'malin.aberg',
    displayName: 'Malin Åberg',
    title: 'Trygghets- och preventionssamordnare',
    roles: ['caseOfficer'],
  },
  {
    username: 'fredrik.lind',
    displayName: 'Fredrik Lind',
    title: 'IT-chef',
    roles: ['caseOfficer', 'itUnit'],
  },
  {
    // Invented: receives AI incident reports and takes part in AI risk assessments.
    username: 'karin.nyberg',
    displayName: 'Karin Nyberg',
    title: 'Informationssäkerhetsansvarig',
    roles: ['securityOfficer'],
  },
  {
    username: 'johanna.granstrom',
    displayName: 'Johanna Granström',
    title: 'Sekreterare, kommunstyrelsen',
    roles: ['secretary'],
  },
  {
    username: 'susanne.andersson',
    displayName: 'Susanne Andersson',
    title: 'Kommunstyrelsens ordförande',
    roles: ['member'],
  },
  {
    // Invented: a substitute, to show what a substitute sees on the members' pages.
    username: 'asa.lindqvist',
    displayName: 'Åsa Lindqvist',
    title: 'Ersättare i kommunstyrelsen',
    roles: ['member'],
  },
]

/** Invented, KLASSA-like: process area, process, activity. */
export const demoClassificationScheme: DemoClassification[] = [
  { code: '1', title: 'Styra och leda' },
  { code: '1.1', title: 'Politisk organisation och beslutsprocess' },
  { code: '1.1.1', title: 'Sammanträdesplanering' },
  { code: '1.1.2', title: 'Val och förtroendeuppdrag' },
  { code: '1.1.3', title: 'Meddelanden och anmälningsärenden' },
  { code: '1.2', title: 'Styrdokument och delegation' },
  { code: '1.2.1', title: 'Delegationsordning och delegationsbeslut' },
  { code: '1.2.2', title: 'Policyer och riktlinjer' },
  { code: '1.3', title: 'Uppföljning och rapportering' },
  { code: '1.3.1', title: 'Ekonomisk uppföljning' },
  { code: '1.3.2', title: 'Verksamhetsuppföljning och återrapportering' },
  { code: '1.4', title: 'Yttranden och remisser' },
  { code: '1.4.1', title: 'Yttranden till myndigheter och nämnder' },
  { code: '2', title: 'Stödja verksamheten' },
  { code: '2.1', title: 'Ekonomi och finansiering' },
  { code: '2.1.1', title: 'Upplåning och skuldförvaltning' },
  { code: '2.2', title: 'Upphandling och avtal' },
  { code: '2.2.1', title: 'Avtal om varor och tjänster' },
  { code: '2.2.2', title: 'Upphandlingar' },
  { code: '2.3', title: 'Informationssäkerhet och IT' },
  { code: '2.3.1', title: 'Informationssäkerhetsincidenter' },
  { code: '2.4', title: 'Utveckling och extern finansiering' },
  { code: '2.4.1', title: 'Projekt med extern finansiering' },
  { code: '3', title: 'Kärnverksamhet' },
  { code: '3.1', title: 'Utbildning' },
  { code: '3.1.1', title: 'Elevärenden' },
  { code: '3.2', title: 'Samhällsbyggnad' },
  { code: '3.2.1', title: 'Detaljplanering' },
]

// ---------------------------------------------------------------------------------------------
// Document texts. The seed's PDF line breaks are joined into paragraphs; the wording, including
// the seed's own typos ("åtgärderför", "samtligaförvaltningar"), is kept as it is.

/** The letterhead of a tjänsteskrivelse from the seed, then its body. */
function officialReport(date: string, dnr: string, body: string): string {
  return `Kommunledningsförvaltningen\nTjänsteskrivelse\nDatum: ${date}\nDiarienummer: ${dnr}\n\n${body}`
}

const andtsReportBody = [
  'Uppföljning av ANDTS-plan (alkohol, narkotika, doping, tobak och spel) för Kalix kommun',
  'Förslag till beslut',
  'Kommunstyrelsen godkänner uppföljningen av ANDTS-plan för Kalix kommun.',
  'Beskrivning av ärendet',
  'Kommunfullmäktige beslutade den 29 november 2021 att anta en kommunövergripande handlingsplan i ANDTS. ANDTS-planens (Alkohol, Narkotika, Dopning, Tobak och Spel) syfte är att stärka det förebyggande och hälsofrämjande arbetet i hela kommunen, med särskilt fokus på barn och ungdomar. Planen ska bidra till en god och jämlik folkhälsa genom att minska riskerna för missbruk och främja hälsosamma levnadsvanor.',
  'Ett centralt mål är att förankra de alkohol- och drogpolitiska frågorna i kommunens verksamheter och engagera så många som möjligt i det förebyggande arbetet. Planen uttrycker kommunens politiska vilja att arbeta långsiktigt och systematiskt för en bättre folkhälsa.',
  'Den alkohol- och drogpolitiska delen av planen utgår från att minskad totalkonsumtion av alkohol leder till lägre skadenivåer. Därför ska planen fungera som ett vägledande och samordnande dokument för alla kommunala myndigheter och förvaltningar. Den ska även vara ett verktyg för att initiera och utveckla drogförebyggande insatser i alla delar av verksamheten.',
  'ANDTS-planen omfattar även arbete mot spelmissbruk. Kommunen har, tillsammans med Region Norrbotten, ett ansvar att förebygga och motverka spel om pengar samt att ge stöd till barn och unga som lever med närstående med spelberoende.',
  'Det övergripande syftet med handlingsplanen är att skapa samsyn och samverkan kring ett effektivt ANDTS-arbete, samt att bygga upp en tydligare och mer enhetlig organisation som möjliggör god kommunikation, rationella beslut och ett gemensamt ansvar för folkhälsan i Kalix kommun.',
  'Sammanfattning av ärendet',
  'Kalix kommun strävar efter en trygg och hälsofrämjande skol- och samhällsmiljö fri från alkohol, narkotika, dopning och tobak (ANDT). Skolan ska integrera ANDT-frågor i undervisningen och arbeta relationsbyggande. Rektor ansvarar för policy, handlingsplan och rutiner vid misstanke om ANDT-bruk, samt för samverkan med exempelvis socialtjänst och polis.',
  'Socialtjänsten har enligt SoL ett särskilt ansvar att förebygga missbruk och skydda barn och unga. Föräldrastöd lyfts fram som en viktig skyddsfaktor. Kommunens förvaltningar deltar i BRÅ-arbetet där brotts- och våldsförebyggande frågor behandlas, då våld ofta hänger samman med hög konsumtion av alkohol och droger. Bevakning används vid behov, och orosanmälan görs när barn eller vuxna befinner sig i skadliga miljöer.',
  'Vid prövning och tillsyn av verksamheter kontrolleras egenkontrollprogram och att regler om försäljning till minderåriga följs. Alkoholpolitiska mål och kommunala riktlinjer vägleder tillståndsgivningen och syftar till att minska alkoholens medicinska och sociala skador.',
  'Handlingsplanens övergripande syfte är att skapa samsyn, struktur och effektiv samverkan i kommunens ANDTS-arbete. Målet är att främja jämlik folkhälsa och ge invånare goda förutsättningar att göra hälsosamma val. Kalix kommun samarbetar med Polisen, Regionens hälso- och sjukvård och Folkhälsorådet i Östra Norrbotten.',
  'Särskilt prioriterade mål är:',
  '• Att alla barn ska ha en drogfri uppväxtmiljö\n• Att skjuta upp alkoholdebuten',
  'Spelmissbruk',
  'Personer med spelmissbruk ska få stöd genom samverkan mellan kommunen och Region Norrbotten. Enligt Folkhälsomyndigheten gäller:',
  'Spel om pengar har tydliga samband med alkohol, narkotika och tobak. Enligt ANDTS-strategin 2022–2025 ska spel om pengar integreras i övrigt ANDT-förebyggande arbete. Genom att samordna arbetet kan vi bidra till en god och jämlik folkhälsa.',
  'För att det spelförebyggande arbetet ska bli mer effektivt behöver vi lära oss mer om hur spel om pengar hänger ihop med bland annat alkohol, narkotika och tobak. Effektiva insatser mot spelproblem behöver inkluderas i både ANDTS- och annat folkhälsoarbete men behöver också utformas utifrån spel om pengar specifikt.',
  'Det finns samband när det gäller orsaker, användning och problem kopplade till alkohol, narkotika,doping, tobak och spel om pengar (ANDTS). Dessutom finns kopplingar mellan ANDTS och andra områden, som psykisk hälsa.',
  'Grundläggande perspektiv',
  '• Förebyggande arbete: Insatser ska sättas in innan problem uppstår.\n• Jämlikhet och jämställdhet: Alla ska ha samma rättigheter och möjligheter.\n• Barnperspektivet: Barnets bästa ska alltid stå i fokus enligt barnkonventionen.\n• Anhörigperspektivet: Anhöriga ska få stöd då de ofta påverkas av missbruk.\n• Folkhälsoperspektiv och Agenda 2030: God hälsa är en förutsättning för samhällsutveckling.',
  'Övergripande arbete, Kommunstyrelsen',
  'Kommunstyrelsen har ett övergripande ansvar för att leda och samordna kommunens arbete inom ANDTS (Alkohol, Narkotika, Dopning, Tobak och Spel om pengar).',
  'Det innebär samordnade insatser mellan kommunens olika verksamheter – som socialtjänst, skola, individ- och familjeomsorg, fritid, kultur och kommunala bolag – och säkerställer en gemensam inriktning i arbetet. Kommunstyrelsen ansvarar även för att främja samverkan med externa aktörer såsom polis, region, civilsamhälle och andra samarbetspartners.',
  'Vidare följer kommunstyrelsen upp och utvärderar de insatser som görs inom ANDTS-området, och ser till att arbetet bedrivs förebyggande, särskilt med fokus på barn, unga och miljöer där risker kan uppstå. Arbetet omfattar också att initiera och stödja lokala handlingsplaner som ger struktur och långsiktighet åt det förebyggande arbetet.',
  'Inkluderar bland annat:',
  '• Deltar och sammankallande till BRÅ, Folkhälsoråd, SSPF, Trygghetsvandringar mm\n• Omvärldsbevakning och deltagande på nätverksträffar\n• Information och utbildning av personal och medborgare\n• Samverkan med samtligaförvaltningar, Polis, föreningar, kommuner, myndigheter m.',
  'Socialförvaltningens insatser',
  'Socialtjänstlagen (SoL) ger socialnämnden ett tydligt ansvar att förebygga, motverka och behandla missbruk av alkohol och andra beroendeframkallande medel. Socialnämnden ska erbjuda tidiga insatser, samverka med andra aktörer och säkerställa att personer med missbruk får den vård och hjälp de behöver.',
  'Kommunen har ett särskilt ansvar för barn och unga, där målet är att förebygga missbruk samt stödja föräldraskapet som en viktig skyddsfaktor. Arbetet inom ANDTS-området ska präglas av ett förebyggande förhållningssätt, jämlikhet och jämställdhet, barnperspektivet enligt barnkonventionen, anhörigperspektivet samt folkhälsopolitikens och Agenda 2030:s mål om god hälsa.',
  'I socialförvaltningens basverksamhet ingår flera förebyggande insatser, även om de inte listas i handlingsplanen. Exempel är samverkan med familjecentralen, föräldrastöd, ungdomsmottagningens hälsofrämjande arbete, våldsteamets informationsinsatser samt öppenvårdens stöd både till individer och anhöriga.',
  'Inkluderar bland annat:',
  '• Samverkan med familjecentralen.\n• Föräldrastöd i grupp eller individuellt.\n• Ungdomsmottagningens hälsofrämjande arbete kring fysisk, psykisk och sexuell hälsa.\n• Våldsteamets informationsinsatser till barn och familjer.\n• Öppenvårdens stöd till både individer och anhöriga.',
  'Utbildningsförvaltningens arbete',
  'Alla barn och elever har rätt till en trygg och hälsofrämjande skolmiljö som är fri från alkohol, narkotika, dopning och tobak, samt präglad av goda relationer mellan elever och personal. Undervisningen ska integrera frågor om ANDTS i olika ämnen för att ge eleverna en helhetsförståelse och främja sunda livsstilsval. Rektor har det övergripande ansvaret för att leda, organisera och följa upp skolans arbete med ANDTS. Det innebär att sätta upp mål, skapa rutiner och ge personalen förutsättningar att arbeta förebyggande. En viktig del av skolans systematiska kvalitetsarbete är att ha en policy och handlingsplan',
  '• Policyn anger skolans mål, syfte, regler och förebyggande insatser.\n• Handlingsplanen beskriver hur skolan ska agera vid misstanke eller upptäckt av alkohol, narkotika, dopning eller tobak under skoltid, samt tydliggör ansvar och befogenheter för både skolpersonal och externa aktörer.',
  'Fritids- och kulturnämndens ANDTS-arbete',
  'Handlingsplan är vägledande för arbetet med ANDTS-arbetet för fritids- och kulturnämnden i Kalix kommun. Implementering sker fortlöpande och handlingsplaner tas fram.',
  'Inkluderar bland annat:',
  '• Samverkan med polis, BRÅ och folkhälsa.\n• Drogfria evenemang, exempelvis Kalix Sommarkalas och aktiviteter i fritidsanläggningar, bibliotek och Folkets hus.\n• Närvaro vid riskhelger.\n• Dopingförebyggande arbete via initiativet 100% Ren Hårdträning, som kräver utbildning, policy och handlingsplan.\n• Föreningar måste ha värdegrundsplan där ANDTS-frågor ingår för att få föreningsstöd.\n• Stöd kan dras in vid dopingbrott.',
  'Samhällsbyggnadsförvaltningens arbete',
  'Deltar i BRÅ-möten, trygghetsvandringar och styr bevakning till otrygga platser. Arbetar även förebyggande med ungdomsprojekt som tunnelprojektet, för att minska skadegörelse och öka tryggheten. Vid misstanke om att barn eller vuxna lever i skadliga miljöer görs orosanmälan.',
  'Vid tillsyn av försäljning av tobak, e-cigaretter och nikotinprodukter kontrolleras att verksamheter har egenkontrollprogram för att förhindra försäljning till minderåriga. Den svenska alkoholpolitiken syftar till att minska alkoholens skadeverkningar genom en restriktiv lagstiftning och minskad total konsumtion.',
  'Jämställdhetsanalys',
  'Arbetet är starkt förankrat i folkhälsa och barnrätt. Insatserna är ofta könsneutrala, vilket riskerar att dölja faktiska skillnader i behov, risker och bemötande mellan flickor och pojkar. Könsspecifika skillnader',
  '• Pojkar/män har generellt högre konsumtion av alkohol, narkotika och dopning samt större risk för våldsrelaterade problem.\n• Flickor/kvinnor uppvisar oftare psykisk ohälsa och riskbruk kopplat till bland annat stress och utsatthet.\n• Spel och dopning är mansdominerade.',
  'Insatser behöver därför vara könsmedvetna, inte könsneutrala.',
  'I tjänsten',
  'Malin Åberg\nTrygghets- och preventionssamordnare',
].join('\n\n')
const meetingScheduleReportBody = [
  'Sammanträdesplan 2026 - Kommunstyrelsen',
  'Förslag till beslut',
  'Kommunstyrelsen beslutar att godkänna de i sammanträdesplanen redovisade tiderna för kommunstyrelsens arbets- och personalutskott, tekniska utskott samt kommunstyrelsens sammanträden för år 2026.',
  'Sammanfattning av ärendet',
  'Enligt 5 kap. 12 § kommunallagen beslutar kommunfullmäktige när ordinarie sammanträden ska hållas.',
  'I enlighet med 5 § i arbetsordningen för Kalix kommunfullmäktige ska ordinarie sammanträden hållas enligt en av fullmäktige fastställd sammanträdesplan. Av reglementet framgår vidare att kommunstyrelsen beslutar om dag och tid för sina egna sammanträden.',
  'Förslaget till sammanträdesplan för 2026 har utarbetats i samråd med ekonomienheten, med beaktande av Kalix kommuns styrprocess och behovet av att säkerställa en effektiv hantering av ekonomiska rapporter i enlighet med kommunallagen.',
  'Jämställdhetsanalys',
  'Sammanträdesplaneringen för kommunstyrelsen är huvudsakligen förlagd till vardagar under dagtid, vilket skulle kunna begränsa deltagandet för ledamöter med omsorgsansvar. Detta kan påverka möjligheten till jämställd representation.',
  'Möteslokaler är tillgängliga och digitala alternativ erbjuds, vilket oaktat ökar inkluderingen.',
  'Beslutsunderlag',
  'Service- och kommunikationsenhetens förslag till sammanträdesplan för 2026',
  'I tjänsten',
  'Jenni Yli\nChef service- och kommunikationsenheten',
].join('\n\n')
const delegationSchemeReportBody = [
  'Kommunstyrelsens delegationsordning - revidering',
  'Förslag till beslut',
  'Kommunledningsförvaltningen föreslår kommunstyrelsen anta reviderad delegationsordning för kommunstyrelsen.',
  'Den reviderade delegationsordningen ska börja gälla från och med 2026-01-01. Varmed den nuvarande upphör att gälla.',
  'Beskrivning av ärendet',
  'En omorganisation av nämnder samt förvaltningar har genomförts och beslutats av Kommunfullmäktige den 24 november 2025. Den nya nämndsorganisationen gäller från och med 2026-01-01. Således behöver en revidering av kommunstyrelsens delegationsordning genomföras.',
  'Enligt beslutet om ny nämndsorganisation kommer jävsnämnd, samhällsbyggnadsnämnd samt fritid- och kulturnämnd upphöra.',
  'Till kommunstyrelsens delegationsordning har från och med punkt 27 flyttats över från Samhällsbyggnadsnämndens delegationsordning nuvarande delegationsordning. Detta är ej blå markerat då förflyttningen har gjorts i sin helhet. De punkter som reviderats under avsnitten från och med punkt 27 och framåt är markerade med blått till delar de skiljer sig från de befintliga delegationsordningarna.',
  'Utöver ovan nämnda har ändringar gjorts under det som finns i kommunstyrelsens nu gällande delegationsordning. Dessa ändringar är markerade med blått för tillägg och rött för borttag.',
  'Delegaten är till stora delar desamma som i de befintliga delegationsordningarna. Dessa kommer dock att revideras under 2026 efter att den nya förvaltningsorganisationen är beslutad om av kommundirektören. Delegationsordningen kommer därmed ha behov av revidering av Kommunstyrelsen under 2026.',
  'Beslutsunderlag',
  'Reviderad – Delegationsordning för kommunstyrelsen',
  'I tjänsten',
  'Katja Sundström\nKommunjurist',
].join('\n\n')
const aiGuidelinesReportBody = [
  'Beslut om riktlinjer för användning av AI',
  'Förslag till beslut',
  'Kommunstyrelsen föreslår att kommunfullmäktige beslutar att anta föreslagna riktlinjer.',
  'Beskrivning av ärendet',
  'Utvecklingen inom artificiell intelligens (AI) har under de senaste åren accelererat i en takt som påverkar allt från offentlig förvaltning till vardagliga samhällstjänster. AI-teknologier används idag för att effektivisera arbetsprocesser, förbättra beslutsstöd, automatisera rutinuppgifter och skapa nya möjligheter för medborgardialog och serviceutveckling. Samtidigt väcker AI frågor om etik, transparens, rättssäkerhet och integritet.',
  'Som ett komplement till framtagen AI-policy behövs riktlinjer som ger mer praktisk vägledning i arbetet med AI. Dessa riktlinjer skapar en grund för fortsatt utforskande av möjligheterna med tekniken, förtydligar vad som är tillåtet och inte samt lyfter vikten av ett agerande som inte riskerar att påverka förtroende och trovärdighet för vår verksamhet.',
  'Mot denna bakgrund föreslås att kommunstyrelsen anta föreslagna riktlinjer för användning av AI. Riktlinjerna föreslås gälla hela Kalix kommunkoncernen och stiftelsen Kalixbo.',
  'I tjänsten',
  'Fredrik Lind\nIT-chef',
].join('\n\n')
const monthlyReportKsExtractBody = [
  'Månadsrapport 2025 - kommunstyrelsen',
  'Kommunstyrelsens arbets- och personalutskotts beslut',
  'Kommunstyrelsens arbets- och personalutskott föreslår kommunstyrelsen att besluta godkänna ekonomienhetens redovisning samt lägga kommunstyrelsens månadsrapport för januari-oktober 2025 till handlingarna.',
  'Kommunstyrelsens arbets- och personalutskott föreslår vidare att kommunstyrelsen uppmanar verksamheterna att vidta åtgärderför en budget i balans.',
  'Sammanfattning av ärendet',
  'Ekonomienheten har upprättat månadsrapport för kommunstyrelsen, samt revision och överförmyndaren, perioden januari – oktober 2025.',
  'Ett resultat som innebär en negativ budgetavvikelse med 410 tkr prognostiseras vid årets slut.',
  'Beslutsunderlag',
  'Ekonomichef Jeanette Larssons tjänsteskrivelse – Månadsrapport 2025 – kommunstyrelsen\nMånadsrapport kommunstyrelsen oktober 2025\nMånadsrapport revision oktober 2025\nMånadsrapport överförmyndaren oktober 2025',
].join('\n\n')
const monthlyReportMunicipalityExtractBody = [
  'Månadsrapport 2025 - Kalix kommun',
  'Kommunstyrelsens arbets- och personalutskotts beslut',
  'Kommunstyrelsens arbets- och personalutskott föreslår kommunstyrelsen att besluta godkänna ekonomienhetens redovisning samt lägga månadsrapporten för januari-oktober 2025 till handlingarna.',
  'Kommunstyrelsens arbets- och personalutskott föreslår vidare kommunstyrelsen att uppmana de egna verksamheterna samt nämnder med prognostiserat negativ budgetavvikelse att vidta åtgärderför en budget i balans.',
  'Sammanfattning av ärendet',
  'Ekonomienheten har upprättat månadsrapport för kommunen, perioden januari – oktober 2025.',
  'Nämnderna prognosticerar för helåret ett överskott med 3 390 tkr i jämförelse med tilldelad driftsbudget, vilket är en förbättring med drygt 4 000 tkr sedan föregående prognos i samband med delårsbokslutet per augusti 2025.',
  'Beslutsunderlag',
  'Ekonomichef Jeanette Larssons tjänsteskrivelse - Månadsrapport oktober 2025 Kommunen',
].join('\n\n')
const aiGuidelinesText = [
  'Riktlinjer för användning av AI',
  '1. Inledning',
  'AI erbjuder möjligheter som kan bidra till att effektivisera, förenkla och höja kvalitén på arbete som utförs inom samtliga delar av vår verksamhet. Automation av repetitiva uppgifter, skapa utkast till skrivelser, förutse servicebehov och sammanställa information för att nämna några.',
  'Sammantaget kan AI på sikt bidra till att stärka kommunen i att leverera en trygg, modern och effektiv service samtidigt som den ger medarbetare mer tid till det som kräver mänsklig kompetens, omdöme och empati.',
  'Denna riktlinje kompletterar AI-policyn och ger en mer konkret vägledning för användning av artificiell intelligens (AI) inom Kalix kommun. Syftet är att säkerställa att AI används på ett rättssäkert, etiskt och ansvarsfullt sätt i enlighet med gällande lagstiftning och regleringar. Riktlinjen ska göra tydligt vad som är tillåtet och inte samt vad som förväntas av den som använder AI i sitt arbete.',
  'Riktlinjen gäller för samtliga verksamheter inom Kalix kommunkoncernen och stiftelsen Kalixbo. Kompletterande och mer verksamhetsspecifika riktlinjer och regler kan tas fram av verksamheten men vad som står i denna riktlinje gäller övergripande.',
  '2. Definition',
  'Med artificiell intelligens (AI) avses i denna riktlinje, system och tjänster som använder maskininlärning, språkmodeller, algoritmer eller annan teknik för att generera, analysera eller fatta beslut baserat på data. Exempel på verktyg som omfattas är AI-assistenter (ex Microsoft CoPilot), AI-agenter (kan agera autonomt, tex svara på frågor) och anpassade AI-lösningar (skräddarsydda för specifika behov).',
  '3. Grundprinciper',
  'All användning av AI inom kommunen ska följa dessa principer:',
  '• Laglighet – AI får endast användas i enlighet med gällande lagar, inklusive GDPR, offentlighets- och sekretesslagen samt med hänsyn till upphovsrätten.\n• Ansvar – Beslut fattas alltid av en människa. AI får endast vara ett stöd i beslutsprocesser.\n• Transparens – Det ska tydligt framgå när AI används i kommunens tjänst, se även punkt 4 tillåten användning.\n• Objektivitet och likabehandling – AI får inte användas på sätt som riskerar att diskriminera eller skapa osaklig behandling.\n• Säkerhet och kvalitet – En risk och konsekvensanalys ska alltid genomföras innan formellt idrifttagande av en AI-tjänst.',
  'Vad gäller utveckling av lösningar ska samverkan inom Kalix kommun samt med andra kommuner vara förstahandsvalet där så är möjligt, Norrbottens E-nämnd är ett exempel på forum för samverkan. Kontakta IT-chef för mer information.',
  '4. Tillåten användning',
  'AI får exempelvis användas för att:',
  '• Effektivisera administrativa processer (till exempel mötesbokningar, ärendesortering, textutkast).\n• Stödja analys av data, text och statistik.\n• Tillhandahålla service via automatiserade chatt- eller svarstjänster.\n• Generera utkast till text, bilder och film.\n• Stötta lärande i pedagogisk verksamhet.',
  'Observera att material som är genererat av AI ska ses som ett utkast och inte en färdig produkt, du som avsändare ansvarar för användningen av det som genereras. Du måste inte alltid ange att ett material är skapat eller bearbetat med hjälp av AI – såvida det inte finns ett syfte att göra det, exempelvis där förtroendet för Kalix kommun riskerar att påverkas. Rådgör med Informations- och kommunikationsenheten om du behöver stöd i att bedöma detta.',
  'Används AI i direkt interaktion med andra människor är det viktigt att vara transparent med vad som genereras av AI, exempelvis vid användning av AI-chattbottar som kan besvara vanliga frågor eller AI-assistenter exempelvis Siri eller Google Assistant.',
  '5. Otillåten användning',
  'AI får inte användas för att:',
  '• Fatta myndighetsbeslut eller andra rättsligt bindande beslut.\n• Behandla sekretessbelagd eller känslig information*.\n• Publicera material som inte har granskats av en människa.\n• Skapa, manipulera eller sprida material som riskerar att vilseleda.\n• Användas för övervakning eller insamling av personuppgifter från sociala medier eller andra källor utan lagstöd.',
  '* Följande datatyper får aldrig matas in i AI-verktyg:',
  '– Personligt identifierbar information (till exempel personnummer, namn, elevakter).\n– Känslig information enligt GDPR och dataskyddsförordningen art 9 (till exempel hälsa, religion, facklig tillhörighet).\n– Konfidentiell information (till exempel krisberedskapsdokument och upphandlingsdata som innehåller sekretessbelagd information).',
  'Undantag: Anpassade AI-tjänster som utvecklats specifikt för Kalix kommuns verksamhet kan tillåtas bearbeta känslig eller sekretessbelagd information om det säkerställts att tjänsten uppfyller relevanta regelverk, kommunens säkerhetstekniska krav och att kommunen har laglig grund för behandlingen. Undantag kan även ges för tjänster från externa leverantörer där säkerheten bedöms vara fullgod.',
  'För att avgöra detta ska AI-tjänsten genomgå en risk och konsekvensanalys där dataskyddsombud, kommunjurist, informationssäkerhetssamordnare och IT-chef deltar.',
  '6. Krav på användning',
  '• Granskning: AI-genererat material ska alltid granskas innan det används eller publiceras.\n• Bedömning av risk: Innan en AI-tjänst tas i bruk ska en risk- och konsekvensanalys genomföras. Om det gäller en AI-tjänst där känsliga uppgifter kan komma att behandlas ska dataskyddsombud, informationssäkerhetsansvarig, IT-chef och kommunjurist delta i riskbedömningen.\n• Dokumentation: Användning av AI i projekt, verksamhetssystem, processer eller ärenden ska dokumenteras, mall för riskbedömning av AI-verktyg eller motsvarande är godkänd som dokumentation.\n• Utbildning: Anställda som använder AI ska ha grundläggande kunskap om teknikens möjligheter, risker och regelverk.',
  'Incidenter, avvikelser eller misstänkt felanvändning av AI ska omedelbart rapporteras till närmaste chef, IT-enheten och informationssäkerhetsansvarig.',
  '7. Godkända verktyg',
  '• Microsoft Copilot är det primära verktyget för generativ AI inom Kalix kommun.\n• Verksamhetsspecifika lösningar som godkänts och kommunicerats av respektive förvaltning.',
  'Det är tillåtet att använda andra publika verktyg (ex Chatgpt och Gemini), kommunens e-post ska dock INTE användas vid registrering av användarkonton på externa tjänster. Som regel betalar Kalix kommun inte för betalversioner av dessa tjänster.',
  'Person- och sekretessbelagda uppgifter får aldrig delas med AI-verktyg utan godkänd risk- och konsekvensanalys där personuppgiftshantering blivit godkänd. Detta gäller även Microsoft CoPilot.',
  'Förtydligande: Microsoft CoPilot är nära integrerat med Microsoft 365 och har därigenom åtkomst till viss information som sparas i exempelvis OneDrive. Detta förändrar dock inte att personuppgifter ej aktivt ska delas med CoPilot, exempelvis genom att ladda upp ett dokument som innehåller personuppgifter i chattfönstret.',
  'Kontakta IT-enheten vid frågor om användning av verktyg.',
  '8. Roller och ansvar',
  '• Kommunstyrelsen ansvarar för övergripande styrning och uppföljning av AI-användningen.\n• Förvaltningschefer ansvarar för att riktlinjerna följs inom respektive verksamhet.\n• IT-chef ansvarar för att denna riktlinje uppdateras.\n• Dataskyddsombud och informationssäkerhetsansvarig ska involveras vid frågor om personuppgifter, riskanalyser och efterlevnad av GDPR.\n• Samtliga medarbetare ansvarar för att följa riktlinjen i sitt dagliga arbete.',
  '9. Utbildning',
  'Grundläggande utbildning för samtliga anställda ska erbjudas årligen, övergripande innehåll:',
  '• Vad AI är och hur tekniken fungerar på en generell nivå.\n• Möjligheter och risker med AI i kommunal verksamhet.\n• Vilka regler som gäller, särskilt kring GDPR, offentlighet och sekretess.\n• Vid införande av nytt AI-verktyg ansvarar aktuell förvaltning för att utbilda berörda användare.',
  'IT-enheten ansvarar för att erbjuda denna utbildning.',
  '10. Uppföljning och revidering',
  'Riktlinjen ska följas upp årligen och revideras vid behov, exempelvis vid ändrad lagstiftning, nya risker eller förändrade förutsättningar för AI-användning. Ansvarig är IT-chef.',
].join('\n\n')

/** One row of the seed's table of delegated decisions, as its text prints it. */
interface DelegationRow {
  when: string
  dnr?: string
  decisionMaker: string
  action: string
  point?: string
}

const reportingPeriod = `För perioden ${longDate(demoReportingPeriod.from)} – ${longDate(demoReportingPeriod.to)}`

/** The structured decisions (delegation-seed-data.ts) as the seed's table prints them. */
function printedRow(d: DemoDelegatedDecision): DelegationRow {
  if (d.kind === 'periodSummary') {
    return { when: reportingPeriod, decisionMaker: d.unit, action: d.action }
  }
  const point = demoDelegationPoints.find((p) => p.number === d.point)
  return {
    when: longDate(d.decidedOn),
    dnr: d.caseNumber.replace(/^KS-/, ''),
    decisionMaker: d.decisionMaker.printed,
    action: d.action,
    point: `Punkt ${d.point} ${point?.text ?? ''}`.trim(),
  }
}

const delegation = Object.fromEntries(
  Object.entries(demoDelegatedDecisions).map(([k, d]) => [k, printedRow(d)]),
) as Record<keyof typeof demoDelegatedDecisions, DelegationRow>

function delegationRowText(row: DelegationRow): string {
  return [
    row.dnr ? `${row.when}, Dnr ${row.dnr}` : row.when,
    `Beslutsfattare: ${row.decisionMaker}`,
    `Beslutsfattande åtgärd: ${row.action}`,
    ...(row.point ? [`Delegationspunkt: ${row.point}`] : []),
  ].join('\n')
}

function delegationDecisionText(row: DelegationRow): string {
  return `Delegationsbeslut\n\n${delegationRowText(row)}`
}

/** The seed's rows in the seed's order. */
const delegationReportText = [
  'Kommunstyrelsen',
  'Redovisning delegerade ärenden',
  'Kommunstyrelsens beslut',
  'Kommunstyrelsen beslutar godkänna redovisningen av delegationsbesluten.',
  'Beskrivning av ärendet',
  'I enlighet med kommunstyrelsens delegationsordning ska följande beslut, vilka fattats med stöd av delegation, redovisas för kännedom vid dagens sammanträde.',
  'De delegerade besluten avser nedanstående ärenden och har verkställts inom ramen för tilldelade befogenheter.',
  ...demoDelegationReportOrder.map((k) => delegationRowText(delegation[k])),
].join('\n\n')

// Invented texts for the confidential registrations. The people and the company are fictional.

const pupilLetterText = [
  'Till Barn- och utbildningsnämnden',
  'Jag skriver som vårdnadshavare till en elev i årskurs 7. Mitt barn har under hösten haft hög frånvaro och mår dåligt i skolan. Vi har haft kontakt med mentor och elevhälsan men upplever inte att stödet räcker.',
  'Jag vill att nämnden utreder om mitt barn har behov av särskilt stöd och att skolan upprättar ett åtgärdsprogram.',
  'Med vänlig hälsning\nLinnea Exempelsson',
].join('\n\n')

const tenderText = [
  'Anbud – Ramavtal mark- och anläggningsentreprenader 2026–2028',
  'Anbudsgivare: Exempelbygg i Norr AB',
  'Bilaga 1 Prisbilaga: timpris maskinförare 685 kr, timpris grävmaskin 20–25 ton 1 150 kr, påslag på material 8 procent.',
  'Bilaga 2 Referensuppdrag: tre uppdrag åt kommuner i Norrbotten 2022–2025, med beställarnas kontaktpersoner.',
  'Anbudsgivaren begär att prisbilagan och referensuppdragen hålls hemliga som affärshemligheter enligt 31 kap. 16 § offentlighets- och sekretesslagen.',
].join('\n\n')

const incidentReportText = [
  'Incidentrapport – nätfiskeförsök mot kommunens e-post',
  'Den 10 december 2025 tog ett fyrtiotal medarbetare emot e-post som utgav sig för att komma från kommunens IT-enhet och bad mottagaren logga in på en falsk inloggningssida. Två konton har spärrats och fått nya lösenord.',
  'Rapporten beskriver vilka skydds- och bevakningsåtgärder som har vidtagits, vilka svagheter som utnyttjades och vilka åtgärder som återstår.',
].join('\n\n')

// ---------------------------------------------------------------------------------------------

/**
 * The communications (meddelanden) presented to the meeting. The seed's table is jumbled by
 * the PDF extraction; each sender is paired with the communication it belongs to.
 */
const communications: DemoDocument[] = [
  {
    direction: 'incoming',
    documentDate: '2025-11-19',
    counterpartName: 'Socialförvaltningen',
    counterpartKind: 'organisation',
    description: 'Beslut om kommuntal år 2026 till kommuner i Norrbottens län',
  },
  {
    direction: 'incoming',
    documentDate: '2025-11-20',
    counterpartName: 'Kollektivtrafikmyndigheten',
    counterpartKind: 'organisation',
    description: 'Protokoll – extra stämma 2025-10-12',
  },
  {
    direction: 'incoming',
    documentDate: '2025-11-25',
    counterpartName: 'IT Norrbotten',
    counterpartKind: 'organisation',
    description: 'Protokoll arbetsutskottsmöte nr 4 2025-11-13',
  },
  {
    direction: 'incoming',
    documentDate: '2025-11-25',
    counterpartName: 'IT Norrbotten',
    counterpartKind: 'organisation',
    description: 'Protokoll ägarsamråd 2025-11-06',
  },
  {
    direction: 'incoming',
    documentDate: '2025-12-02',
    counterpartName: 'Kammarrätten i Sundsvall',
    counterpartKind: 'organisation',
    description: 'Slutligt beslut 2025-12-01 i mål KR 173-25',
  },
  {
    direction: 'incoming',
    documentDate: '2025-12-03',
    counterpartName: 'Länsstyrelsen Norrbotten',
    counterpartKind: 'organisation',
    description: 'Beslut om revidering av kommuntal Norrbottens län 2025-12-02',
  },
]

const communicationsListText = [
  'Kommunstyrelsen',
  'Meddelanden',
  'Kommunstyrelsen beslut',
  'Kommunstyrelsen har tagit del av meddelandena och beslutar lägga dem till handlingarna.',
  'Beskrivning av ärendet',
  'Till ärendet föreligger nedanstående meddelanden och handlingar',
  communications
    .map((d) => `${d.documentDate} – ${d.description} – ${d.counterpartName ?? ''}`)
    .join('\n'),
].join('\n\n')

/** Cases on the agenda of kommunstyrelsen 2025-12-15, in agenda order (items 5–19). */
const agendaCases: DemoCase[] = [
  {
    seriesPrefix: 'KS',
    year: 2025,
    number: 466,
    title: 'Meddelanden – 15 december 2025',
    committeeKey: 'ks',
    status: 'open',
    openedOn: '2025-11-10',
    classificationCode: '1.1.3',
    documents: [
      ...communications,
      {
        // inferred date: after the last communication, before the notice went out
        direction: 'drawnUp',
        documentDate: '2025-12-08',
        description: 'Förteckning över meddelanden – kommunstyrelsen 15 december 2025',
        fileName: 'meddelanden-2025-12-15.txt',
        fileText: communicationsListText,
      },
    ],
  },
  {
    seriesPrefix: 'KS',
    year: 2025,
    number: 502,
    title: 'Redovisning – Delegerade ärenden',
    committeeKey: 'ks',
    status: 'open',
    openedOn: '2025-12-09',
    classificationCode: '1.2.1',
    documents: [
      {
        direction: 'drawnUp',
        documentDate: '2025-12-09',
        description:
          'Delegationsbeslut – remittering av framställningar och överlämnande av ärenden för handläggning, service- och kommunikationsenheten, 5 november–9 december 2025',
        fileName: 'delegationsbeslut-service-och-kommunikationsenheten.txt',
        fileText: delegationDecisionText(delegation.serviceDesk),
      },
      {
        direction: 'drawnUp',
        documentDate: '2025-12-09',
        description:
          'Delegationsbeslut – anställningar, förhandlingar, löneplaceringar, pensioner och tjänstledigheter, arbetsgivarenheten, 5 november–9 december 2025',
        fileName: 'delegationsbeslut-arbetsgivarenheten.txt',
        fileText: delegationDecisionText(delegation.employerUnit),
      },
      {
        direction: 'drawnUp',
        documentDate: '2025-12-09',
        description:
          'Delegationsbeslut – kommunstyrelsens arbets- och personalutskott, §§ 89–101, 5 november–9 december 2025',
        fileName: 'delegationsbeslut-arbets-och-personalutskottet.txt',
        fileText: delegationDecisionText(delegation.ksau),
      },
      {
        direction: 'drawnUp',
        documentDate: '2025-12-10',
        description: 'Redovisning av delegationsbeslut 5 november–9 december 2025',
        fileName: 'redovisning-delegerade-arenden-2025-12-15.txt',
        fileText: delegationReportText,
      },
    ],
  },
  {
    seriesPrefix: 'KS',
    year: 2025,
    number: 450,
    title: 'Val – Ersättare – Ombud Kalix Industrihotell AB (S)',
    committeeKey: 'ks',
    status: 'open',
    openedOn: '2025-11-03',
    classificationCode: '1.1.2',
    documents: [],
  },
  {
    seriesPrefix: 'KS',
    year: 2025,
    number: 451,
    title: 'Val – Ersättare – Ombud Kalix Nya Centrum KB (S)',
    committeeKey: 'ks',
    status: 'open',
    openedOn: '2025-11-03',
    classificationCode: '1.1.2',
    documents: [],
  },
  {
    seriesPrefix: 'KS',
    year: 2025,
    number: 467,
    title: 'Val – Ersättare – Ombud Kalix älv, ekonomisk förening (S)',
    committeeKey: 'ks',
    status: 'open',
    openedOn: '2025-11-12',
    classificationCode: '1.1.2',
    documents: [],
  },
  {
    seriesPrefix: 'KS',
    year: 2025,
    number: 468,
    title: 'Val – Ersättare – Kommunalt pensionärsråd (S)',
    committeeKey: 'ks',
    status: 'open',
    openedOn: '2025-11-12',
    classificationCode: '1.1.2',
    documents: [],
  },
  {
    seriesPrefix: 'KS',
    year: 2025,
    number: 470,
    title: 'Val – Tekniskt utskott',
    committeeKey: 'ks',
    status: 'open',
    openedOn: '2025-11-18',
    classificationCode: '1.1.2',
    documents: [],
  },
  {
    seriesPrefix: 'KS',
    year: 2025,
    number: 476,
    title: 'Val – Kommunstyrelsens arbets- och personalutskott',
    committeeKey: 'ks',
    status: 'open',
    openedOn: '2025-11-24',
    classificationCode: '1.1.2',
    documents: [],
  },
  {
    seriesPrefix: 'KS',
    year: 2025,
    number: 461,
    title: 'Uppföljning – ANDTS-plan 2025',
    committeeKey: 'ks',
    status: 'open',
    openedOn: '2025-11-07',
    caseOfficerUsername: 'malin.aberg',
    classificationCode: '1.3.2',
    documents: [
      {
        direction: 'drawnUp',
        documentDate: '2025-11-13',
        description:
          'Tjänsteskrivelse – Uppföljning av ANDTS-plan (alkohol, narkotika, doping, tobak och spel) för Kalix kommun',
        fileName: 'tjansteskrivelse-uppfoljning-andts-plan.txt',
        fileText: officialReport('2025-11-13', '2025-00461', andtsReportBody),
      },
    ],
  },
  {
    seriesPrefix: 'KS',
    year: 2024,
    number: 477,
    title:
      'Inrapportering av enkätsvar – gällande kommunernas återrapportering gällande genomförandet av vattenmyndighetens åtgärdsprogram för vatten 2022–2027',
    committeeKey: 'ks',
    status: 'open',
    openedOn: '2024-11-18',
    classificationCode: '1.3.2',
    documents: [
      {
        // inferred: the seed names the case, not the survey that started it
        direction: 'incoming',
        documentDate: '2024-11-18',
        counterpartName: 'Vattenmyndigheten för Bottenvikens vattendistrikt',
        counterpartKind: 'organisation',
        description:
          'Enkät – kommunernas återrapportering av genomförandet av åtgärdsprogrammet för vatten 2022–2027',
      },
    ],
  },
  {
    seriesPrefix: 'KS',
    year: 2025,
    number: 404,
    title: 'Sammanträdesplan – Kommunstyrelsen',
    committeeKey: 'ks',
    status: 'open',
    openedOn: '2025-10-06',
    classificationCode: '1.1.1',
    documents: [
      {
        direction: 'drawnUp',
        documentDate: '2025-10-20',
        description: 'Tjänsteskrivelse – Sammanträdesplan 2026 – Kommunstyrelsen',
        fileName: 'tjansteskrivelse-sammantradesplan-2026.txt',
        fileText: officialReport('2025-10-20', '2025-00404', meetingScheduleReportBody),
      },
      {
        direction: 'drawnUp',
        documentDate: '2025-10-20',
        description: 'Service- och kommunikationsenhetens förslag till sammanträdesplan för 2026',
      },
    ],
  },
  {
    seriesPrefix: 'KS',
    year: 2025,
    number: 483,
    title: 'Revidering – Kommunstyrelsens delegationsordning',
    committeeKey: 'ks',
    status: 'open',
    openedOn: '2025-11-26',
    classificationCode: '1.2.1',
    documents: [
      {
        direction: 'drawnUp',
        documentDate: '2025-12-05',
        description: 'Tjänsteskrivelse – Kommunstyrelsens delegationsordning – revidering',
        fileName: 'tjansteskrivelse-revidering-delegationsordning.txt',
        fileText: officialReport('2025-12-05', '2025-00483', delegationSchemeReportBody),
      },
      {
        direction: 'drawnUp',
        documentDate: '2025-12-05',
        description: 'Reviderad – Delegationsordning för kommunstyrelsen',
      },
    ],
  },
  {
    seriesPrefix: 'KS',
    year: 2025,
    number: 63,
    title: 'Månadsrapport 2025 – kommunstyrelsen',
    committeeKey: 'ks',
    status: 'open',
    openedOn: '2025-01-27',
    classificationCode: '1.3.1',
    documents: [
      {
        // inferred date: the seed names the report as decision basis but does not include it
        direction: 'drawnUp',
        documentDate: '2025-11-20',
        description:
          'Tjänsteskrivelse – Månadsrapport 2025 – kommunstyrelsen, januari–oktober (ekonomichef Jeanette Larsson)',
      },
      {
        // inferred date: the seed gives the section (§ 97), not the meeting date
        direction: 'drawnUp',
        documentDate: '2025-12-01',
        description:
          'Protokollsutdrag – kommunstyrelsens arbets- och personalutskott § 97, Månadsrapport 2025 – kommunstyrelsen',
        fileName: 'protokollsutdrag-ksau-97-manadsrapport-kommunstyrelsen.txt',
        fileText: `Kommunstyrelsens arbets- och personalutskott\n§ 97 Dnr KS-2025-00063\n\n${monthlyReportKsExtractBody}`,
      },
    ],
  },
  {
    seriesPrefix: 'KS',
    year: 2025,
    number: 453,
    title: 'Månadsrapport 2025 – Kalix kommun',
    committeeKey: 'ks',
    status: 'open',
    openedOn: '2025-11-04',
    classificationCode: '1.3.1',
    documents: [
      {
        // inferred date, as above
        direction: 'drawnUp',
        documentDate: '2025-11-20',
        description:
          'Tjänsteskrivelse – Månadsrapport oktober 2025 Kommunen (ekonomichef Jeanette Larsson)',
      },
      {
        // inferred date, as above
        direction: 'drawnUp',
        documentDate: '2025-12-01',
        description:
          'Protokollsutdrag – kommunstyrelsens arbets- och personalutskott § 98, Månadsrapport 2025 – Kalix kommun',
        fileName: 'protokollsutdrag-ksau-98-manadsrapport-kalix-kommun.txt',
        fileText: `Kommunstyrelsens arbets- och personalutskott\n§ 98 Dnr KS-2025-00453\n\n${monthlyReportMunicipalityExtractBody}`,
      },
    ],
  },
  {
    seriesPrefix: 'KS',
    year: 2025,
    number: 494,
    title: 'Riktlinjer för användning av AI',
    committeeKey: 'ks',
    status: 'open',
    openedOn: '2025-12-01',
    caseOfficerUsername: 'fredrik.lind',
    classificationCode: '1.2.2',
    documents: [
      {
        // inferred date: the seed's report is undated
        direction: 'drawnUp',
        documentDate: '2025-12-04',
        description: 'Tjänsteskrivelse – Beslut om riktlinjer för användning av AI',
        fileName: 'tjansteskrivelse-riktlinjer-for-ai.txt',
        fileText: `Kommunstyrelsen\n\n${aiGuidelinesReportBody}`,
      },
      {
        direction: 'drawnUp',
        documentDate: '2025-12-04',
        description: 'Riktlinjer för användning av AI – förslag',
        fileName: 'riktlinjer-for-anvandning-av-ai-forslag.txt',
        fileText: aiGuidelinesText,
      },
    ],
  },
]

/** Cases named in the table of delegated decisions reported to the meeting (KS-2025-00502). */
const delegatedDecisionCases: DemoCase[] = [
  {
    seriesPrefix: 'KS',
    year: 2025,
    number: 462,
    title: 'Avtal – REK AI AB, molnbaserat verktyg för webbplatser',
    committeeKey: 'ks',
    status: 'decided',
    openedOn: '2025-11-10',
    classificationCode: '2.2.1',
    documents: [
      {
        direction: 'drawnUp',
        documentDate: '2025-11-18',
        description:
          'Delegationsbeslut – tecknat avtal med REK AI AB om molnbaserat verktyg för personliga användarupplevelser på webbplatser och i appar (enhetschef service- och kommunikationsenheten Jenni Yli, punkt 10.1)',
        fileName: 'delegationsbeslut-2025-00462.txt',
        fileText: delegationDecisionText(delegation.rekAi),
      },
    ],
  },
  {
    seriesPrefix: 'KS',
    year: 2025,
    number: 469,
    title: 'Avtal – Atea AV, ny teknik till sessionssalen',
    committeeKey: 'ks',
    status: 'decided',
    openedOn: '2025-11-17',
    caseOfficerUsername: 'fredrik.lind',
    classificationCode: '2.2.1',
    documents: [
      {
        direction: 'drawnUp',
        documentDate: '2025-11-20',
        description:
          'Delegationsbeslut – tecknat avtal med Atea AV efter direktupphandling av ny teknik till sessionssalen (IT-chef Fredrik Lind, punkt 10.1)',
        fileName: 'delegationsbeslut-2025-00469.txt',
        fileText: delegationDecisionText(delegation.atea),
      },
    ],
  },
  {
    seriesPrefix: 'KS',
    year: 2025,
    number: 473,
    title: 'Lån – omplacering av lån KI_159532 hos Kommuninvest',
    committeeKey: 'ks',
    status: 'decided',
    openedOn: '2025-11-20',
    classificationCode: '2.1.1',
    documents: [
      {
        direction: 'drawnUp',
        documentDate: '2025-11-21',
        description:
          'Delegationsbeslut – omplacering av lån KI_159532 på 50 mnkr med nytt lån på 45 mnkr hos Kommuninvest (ekonomichef Jeanette Larsson, punkt 7.2)',
        fileName: 'delegationsbeslut-2025-00473.txt',
        fileText: delegationDecisionText(delegation.loanKi159532),
      },
    ],
  },
  {
    seriesPrefix: 'KS',
    year: 2025,
    number: 474,
    title: 'Lån – omplacering av befintligt lån hos Kommuninvest',
    committeeKey: 'ks',
    status: 'decided',
    openedOn: '2025-11-21',
    classificationCode: '2.1.1',
    documents: [
      {
        direction: 'drawnUp',
        documentDate: '2025-11-21',
        description:
          'Delegationsbeslut – omplacering av befintligt lån hos Kommuninvest (ekonomichef Jeanette Larsson, punkt 7.2)',
        fileName: 'delegationsbeslut-2025-00474.txt',
        fileText: delegationDecisionText(delegation.loan),
      },
    ],
  },
  {
    seriesPrefix: 'KS',
    year: 2025,
    number: 471,
    title: 'Yttrande – komplettering till ärende om sökta koncessioner inom Ängeså sameby',
    committeeKey: 'ks',
    status: 'decided',
    openedOn: '2025-11-19',
    classificationCode: '1.4.1',
    documents: [
      {
        direction: 'drawnUp',
        documentDate: '2025-11-26',
        description:
          'Delegationsbeslut – yttrande över komplettering till ärende om sökta koncessioner inom Ängeså sameby (ordförande Susanne Andersson, brådskande ärende, punkt 13.1)',
        fileName: 'delegationsbeslut-2025-00471.txt',
        fileText: delegationDecisionText(delegation.angesa),
      },
    ],
  },
  {
    seriesPrefix: 'KS',
    year: 2025,
    number: 500,
    title: 'Avtal – Mirror Partner Utveckling AB, webb- och systemutveckling, kommunikation och IT',
    committeeKey: 'ks',
    status: 'decided',
    openedOn: '2025-12-08',
    classificationCode: '2.2.1',
    documents: [
      {
        direction: 'drawnUp',
        documentDate: '2025-12-09',
        description:
          'Delegationsbeslut – tecknat avtal med Mirror Partner Utveckling AB om webbutveckling, systemutveckling, kommunikation och IT (enhetschef service- och kommunikationsenheten Jenni Yli, punkt 10.1)',
        fileName: 'delegationsbeslut-2025-00500.txt',
        fileText: delegationDecisionText(delegation.mirror),
      },
    ],
  },
  {
    seriesPrefix: 'KS',
    year: 2025,
    number: 394,
    title: 'Interreg Aurora – projektet Bothnian Coastal Route 2',
    committeeKey: 'ks',
    status: 'decided',
    openedOn: '2025-09-29',
    classificationCode: '2.4.1',
    documents: [
      {
        direction: 'drawnUp',
        documentDate: '2025-12-02',
        description:
          'Delegationsbeslut – bekräftat åtagande att stödja genomförandet av Interreg Aurora-projektet Bothnian Coastal Route 2 (ordförande Susanne Andersson, brådskande ärende, punkt 13.1)',
        fileName: 'delegationsbeslut-2025-00394.txt',
        fileText: delegationDecisionText(delegation.bothnianCoastalRoute),
      },
    ],
  },
  {
    seriesPrefix: 'KS',
    year: 2025,
    number: 346,
    title: 'Yttrande – detaljplaneförslag för kv Tallen',
    committeeKey: 'ks',
    status: 'decided',
    openedOn: '2025-09-01',
    classificationCode: '1.4.1',
    documents: [
      {
        // inferred: delegation point 4.1 concerns referrals from samhällsbyggnadsnämnden
        direction: 'incoming',
        documentDate: '2025-09-01',
        counterpartName: 'Samhällsbyggnadsnämnden',
        counterpartKind: 'organisation',
        description: 'Remiss – detaljplaneförslag för kv Tallen',
      },
      {
        direction: 'drawnUp',
        documentDate: '2025-12-05',
        description:
          'Delegationsbeslut – yttrande över detaljplaneförslag för kv Tallen (ordförande Susanne Andersson, punkt 4.1)',
        fileName: 'delegationsbeslut-2025-00346.txt',
        fileText: delegationDecisionText(delegation.tallen),
      },
      {
        direction: 'outgoing',
        documentDate: '2025-12-05',
        counterpartName: 'Samhällsbyggnadsnämnden',
        counterpartKind: 'organisation',
        description: 'Yttrande över detaljplaneförslag för kv Tallen',
      },
    ],
  },
]

/**
 * Invented cases, so that several series exist and the demo shows masked registrations.
 * Every person and company here is fictional.
 */
const inventedCases: DemoCase[] = [
  {
    seriesPrefix: 'KS',
    year: 2025,
    number: 505,
    title: 'Informationssäkerhetsincident – nätfiskeförsök mot kommunens e-post',
    committeeKey: 'ks',
    status: 'open',
    openedOn: '2025-12-11',
    classificationCode: '2.3.1',
    documents: [
      {
        direction: 'drawnUp',
        documentDate: '2025-12-11',
        description: 'Incidentrapport – nätfiskeförsök mot kommunens e-post',
        fileName: 'incidentrapport-natfiske.txt',
        fileText: incidentReportText,
        // Security and surveillance measures; the registry entry itself stays public.
        confidential: { ground: 'OSL 18:8' },
      },
    ],
  },
  {
    seriesPrefix: 'BUN',
    year: 2025,
    number: 142,
    title: 'Sammanträdesplan 2026 – Barn- och utbildningsnämnden',
    committeeKey: 'bun',
    status: 'decided',
    openedOn: '2025-10-13',
    classificationCode: '1.1.1',
    documents: [
      {
        direction: 'drawnUp',
        documentDate: '2025-10-20',
        description: 'Tjänsteskrivelse – Sammanträdesplan 2026 – Barn- och utbildningsnämnden',
      },
    ],
  },
  {
    seriesPrefix: 'BUN',
    year: 2025,
    number: 187,
    title: 'Elevärende – skrivelse från vårdnadshavare',
    committeeKey: 'bun',
    status: 'open',
    openedOn: '2025-11-27',
    classificationCode: '3.1.1',
    documents: [
      {
        direction: 'incoming',
        documentDate: '2025-11-27',
        counterpartName: 'Linnea Exempelsson',
        counterpartKind: 'person',
        description: 'Skrivelse från vårdnadshavare angående elevs skolsituation och behov av stöd',
        fileName: 'skrivelse-vardnadshavare.txt',
        fileText: pupilLetterText,
        confidential: { ground: 'OSL 23:2', protectCounterpart: true },
      },
    ],
  },
  {
    seriesPrefix: 'SBN',
    year: 2025,
    number: 214,
    title: 'Detaljplan för kv Tallen',
    committeeKey: 'sbn',
    status: 'open',
    openedOn: '2025-05-12',
    classificationCode: '3.2.1',
    documents: [
      {
        direction: 'outgoing',
        documentDate: '2025-09-01',
        counterpartName: 'Kommunstyrelsen',
        counterpartKind: 'organisation',
        description: 'Remiss – detaljplaneförslag för kv Tallen',
      },
      {
        direction: 'incoming',
        documentDate: '2025-12-05',
        counterpartName: 'Kommunstyrelsen',
        counterpartKind: 'organisation',
        description: 'Yttrande över detaljplaneförslag för kv Tallen',
      },
    ],
  },
  {
    seriesPrefix: 'SBN',
    year: 2025,
    number: 288,
    title: 'Upphandling – ramavtal mark- och anläggningsentreprenader 2026–2028',
    committeeKey: 'sbn',
    status: 'open',
    openedOn: '2025-10-01',
    classificationCode: '2.2.2',
    documents: [
      {
        direction: 'drawnUp',
        documentDate: '2025-10-06',
        description: 'Upphandlingsdokument – ramavtal mark- och anläggningsentreprenader 2026–2028',
      },
      {
        direction: 'incoming',
        documentDate: '2025-11-14',
        counterpartName: 'Exempelbygg i Norr AB',
        counterpartKind: 'organisation',
        description: 'Anbud med prisbilaga och referensuppdrag',
        fileName: 'anbud-exempelbygg.txt',
        fileText: tenderText,
        confidential: { ground: 'OSL 31:16', protectDescription: true },
      },
    ],
  },
]

export const demoCases: DemoCase[] = [...agendaCases, ...delegatedDecisionCases, ...inventedCases]
