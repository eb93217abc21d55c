/**
 * The words around a name that make it one: titles and roles before it, party tags and roles
 * after it, verbs people do. And the capitalised words that are never a person: places,
 * authorities, organisations, months, headings. Lowercase throughout; compared lowercased.
 */

const TITLES = `handläggare biståndshandläggare socialsekreterare sekreterare nämndsekreterare
kommunsekreterare registrator rektor förskolechef förskolerektor enhetschef avdelningschef
verksamhetschef förvaltningschef kommundirektör kommunchef stadsdirektör ekonomichef it-chef
hr-chef personalchef kanslichef digitaliseringschef säkerhetschef ordförande ordföranden
vice ledamot ledamoten ersättare ersättaren justerare kommunalråd oppositionsråd kommunjurist jurist
controller utredare strateg samordnare lärare läraren mentor kurator skolsköterska skolläkare
specialpedagog elev eleven eleverna barnet barn vårdnadshavare vårdnadshavaren vårdnadshavarna
sökande sökanden klagande klaganden anmälare anmälaren förälder föräldern mamma mamman pappa
pappan modern fadern mor far make maken maka makan sambo sambon brukare brukaren klient
klienten patient patienten enskilde ombud ombudet advokat advokaten konsult projektledare
inspektör miljöinspektör bygglovshandläggare planarkitekt arkitekt ingenjör tekniker
fastighetsägare fastighetsägaren hyresgäst hyresgästen herr fru kontaktperson kontaktpersonen
föredragande deltagare kontakt ansvarig chef chefen direktör vd överförmyndare sjuksköterska
undersköterska läkare läkaren assistent boende boenden granne grannen anställd anställde
medarbetare medarbetaren anhörig anhörige vittne vittnet kund kunden avsändare mottagare
beslutsfattare delegat namn underskrift upprättad granskad godkänd undertecknad
föredragande tjänsteman tjänstemannen revisor revisorn sakkunnig ordf sekr dotter dottern
son sonen bror brodern syster systern hustru hustrun kollega kollegan medborgare medborgaren
ledamöterna ersättarna närvarande frånvarande beslutande tjänstgörande tjänsten ekonom
kommunikatör förskollärare barnskötare fritidsledare fritidspedagog vaktmästare lokalvårdare
arbetsterapeut fysioterapeut sjukgymnast arkivarie bibliotekarie dietist kock måltidsbiträde
elevassistent stödpedagog boendestödjare vårdbiträde chaufför trafikplanerare dataskyddsombud
skyddsombud huvudskyddsombud förtroendevald nämndordförande ombudsman kommunalråd kommunalrådet
oppositionsrådet`
  .split(/\s+/)
  .filter(Boolean)

/** Title or role words that precede a name ("handläggare Anna Berg", "IT-chef Fredrik Lind"). */
export const TITLE_WORDS = new Set(TITLES)

/** Title endings: any "-chef", "-handläggare", "-sekreterare" … is a title too. */
export const TITLE_SUFFIX =
  /(?:chef|handläggare|sekreterare|ansvarig|samordnare|strateg|inspektör|ingenjör|assistent|pedagog|lärare|sköterska|direktör|kommunalråd|ledare|utredare|controller|arkitekt|jurist|rektor|ombud|ordförande|ledamot|ersättare|konsult|läkare|tekniker|revisor|handledare|terapeut|förvaltare|utvecklare|planerare|vårdare|skötare|biträde|rådgivare|kommunikatör|arkivarie|bibliotekarie|ekonom|ställare)$/

/**
 * A party tag after a name: "(S)", "(KD)", "(MP)", any one or two capitals, and the local parties
 * seen in Norrbotten and Kalmar. Not any parenthesis: "Socialtjänstlagen (SoL)" is no person.
 */
export const PARTY_TAG =
  /^[ \u00a0]?\((?:[A-ZÅÄÖ]{1,2}|SJVP|SPI|NS|KaP|Fi|ViP|KiM|Kalixlistan|Sjukvårdspartiet)\)/

/** Capitalised words that name a unit, a law or a plan, never a person: "IT-enheten", "Socialtjänstlagen". */
export const NOT_A_NAME_WORD =
  /(?:enheten|enhet|förvaltningen|kontoret|nämnden|styrelsen|utskottet|avdelningen|kansliet|lagen|förordningen|balken|planen|rådet|verket|myndigheten|bolaget|förbundet|skolan|förskolan|gruppen|centret|huset)$/

/** After a name: ", ordförande", ", kommunstyrelsens ordförande", ", kommunledningskontoret". */
export const ROLE_AFTER =
  /^,[ \u00a0]*(?:[a-zåäö-]+s[ \u00a0])?(?:[a-zåäö-]*(?:chef|handläggare|sekreterare|ansvarig|samordnare|strateg|inspektör|ingenjör|assistent|pedagog|lärare|sköterska|direktör|kommunalråd|ledare|utredare|controller|arkitekt|jurist|ombud|ordförande|ledamot|ersättare|konsult|läkare|revisor|kontoret|förvaltningen|enheten|avdelningen|nämnden|styrelsen|utskottet|kansliet|skolan|förskolan)|rektor|vice|sökande|klagande|elev|född|boende|tjänstgörande|justerare|föredragande)(?![a-zåäö])/

const VERBS = `skriver skrev ansöker ansökte ansökt informerar informerade informerat redovisar
redovisade föredrar föredrog lämnar lämnade yrkar yrkade yrkat anmäler anmälde begär begärde
överklagar överklagade meddelar meddelade uppger uppgav berättar berättade föreslår föreslog
deltar deltog närvarar inkom inkommer svarar svarade frågar frågade bor bodde säger sa sade
anser ansåg menar önskar önskade vill beviljas beviljades nekas nekades reserverar reserverade
avstår röstar röstade utses utsågs väljs valdes entledigas anställs anställdes tillträder
avgår avgick kontaktade ringde mejlade undertecknar undertecknade intygar intygade
justerar justerade bifaller instämmer tackar hälsar välkomnar påpekar framför framförde
ställer ställde besvarar besvarade anmälde beskriver beskrev uttrycker uttryckte klagar klagade
arbetar arbetade studerar går gick fick får behöver behövde mår mådde har hade är var blev
ska skulle kan kunde född nås tillhör lider vårdas flyttar flyttade äger ägde hyr hyrde
avlider avled insjuknade`
  .split(/\s+/)
  .filter(Boolean)

/** Verbs people do, right after a name ("Anna Berg yrkar", "Svensson anmäler jäv"). */
export const PERSON_VERBS = new Set(VERBS)

/** Verbs organisations also do: evidence only together with a name from the lists. */
export const WEAK_VERBS = new Set([
  'har',
  'hade',
  'är',
  'var',
  'blev',
  'ska',
  'skulle',
  'kan',
  'kunde',
  'får',
  'fick',
  'informerar',
  'informerade',
  'meddelar',
  'meddelade',
  'föreslår',
  'svarar',
])

/** Lowercase words that may stand inside a name: "Ebba von Sydow", "Louis de Geer". */
export const PARTICLES = new Set([
  'von',
  'af',
  'de',
  'van',
  'der',
  'den',
  'la',
  'di',
  'da',
  'du',
  'el',
  'al',
  'bin',
  'ibn',
])

/** Tokens that make a capitalised run an organisation, not a person. */
export const ORG_MARKERS = new Set(
  `ab kb hb aktiebolag kommun kommuns region regionen stiftelsen stiftelse förening föreningen
  förbund förbundet bolag bolaget group sverige sweden energi vatten bostäder fastigheter holding
  partner partners consulting konsult bygg handel transport invest kommunalförbund sameby
  församling kyrka kyrkan skola skolan förskola förskolan gymnasium gymnasiet universitet
  högskola högskolan sjukhus sjukhuset ek. ekonomisk nämnd nämnden styrelse styrelsen utskott
  utskottet förvaltning förvaltningen kontor kontoret enhet enheten center centrum airport
  hamn hamnen hotell industrihotell kb. inc ltd oy as asa gmbh arena biograf museum museet teater
  teatern bibliotek biblioteket galleri galleriet hallen enterprise solutions systems services
  business software technologies utveckling näringsliv nätverk nätverket projekt projektet
  programmet portal portalen kraftnät kommuner regioner länsstyrelse`
    .split(/\s+/)
    .filter(Boolean),
)

const NEVER = `januari februari mars april maj juni juli augusti september oktober november december
måndag tisdag onsdag torsdag fredag lördag söndag måndagen tisdagen onsdagen torsdagen
fredagen lördagen söndagen jul julafton midsommar påsk nyår
han hon den det de vi jag ni man hen dem oss mig dig sig hans hennes deras vår våra er era
denna detta dessa där här när som och eller men att för från till med av på i om enligt
sverige svenska svensk svenskt norden norge finland danmark island europa eu tyskland
stockholm göteborg malmö uppsala västerås örebro linköping helsingborg jönköping norrköping
lund umeå gävle borås eskilstuna södertälje karlstad täby växjö halmstad sundsvall luleå
trollhättan östersund borlänge tumba upplands falun kalmar kristianstad karlskrona skövde
uddevalla lidingö motala landskrona örnsköldsvik nyköping karlskoga varberg trelleborg
lidköping alingsås piteå sandviken ängelholm kalix haparanda boden kiruna gällivare jokkmokk
arjeplog arvidsjaur älvsbyn överkalix övertorneå pajala norrbotten norrbottens västerbotten
västerbottens jämtland jämtlands västernorrland gävleborg dalarna värmland örebro västmanland
uppsala sörmland södermanland östergötland jönköpings kronoberg kalmar gotland blekinge skåne
halland västra götaland lappland norrland svealand götaland öland småland bergön nygatan
region länsstyrelsen kommunstyrelsen kommunfullmäktige kommunstyrelsens kommunfullmäktiges
skatteverket försäkringskassan polisen polismyndigheten migrationsverket arbetsförmedlingen
socialstyrelsen skolverket skolinspektionen kammarrätten förvaltningsrätten kammarkollegiet
riksdagen regeringen justitieombudsmannen jo jk datainspektionen integritetsskyddsmyndigheten
imy lantmäteriet trafikverket boverket naturvårdsverket kommuninvest riksarkivet
kommunledningsförvaltningen kommunledningskontoret socialförvaltningen socialnämnden
barn- utbildningsförvaltningen bygg- miljöförvaltningen tekniska samhällsbyggnadsförvaltningen
beslut beslutet bakgrund beskrivning sammanfattning förslag ärendet ärende handlingar
handling bilaga bilagor protokoll kallelse yttrande tjänsteskrivelse underlag datum dnr
diarienummer paragraf punkt ordförande sekreterare justerare justeras närvarande
kommunen staden regionen nämnden styrelsen ledamöter ersättare socialtjänsten skolan
microsoft google copilot chatgpt gemini siri openai azure teams outlook excel word
socialdemokraterna moderaterna centerpartiet vänsterpartiet kristdemokraterna liberalerna
miljöpartiet sverigedemokraterna vision kommunal unionen lärarförbundet vårdförbundet
saco tco lo it ai hr gdpr osl sfs kl fl tf sol lss lvu lvm lpt vd ks ksau kf bun
folkets hus stadshuset kommunhuset rådhuset tingsrätten hovrätten högsta domstolen
kungsgatan storgatan drottninggatan östra västra norra södra stora lilla nya gamla
herr fru fröken doktor dr professor kära hej hälsningar vänliga med vänlig hälsning tack`
  .split(/\s+/)
  .filter(Boolean)

/** Capitalised words that are never (part of) a person's name in municipal text. */
export const NEVER_NAMES = new Set(NEVER)
