import type { MinutesSectionView, MinutesView } from '../view-models.js'

/**
 * The Kalmar kommunstyrelsens arbetsutskott minutes of 2024-03-26
 * (seeds/kalmar-ksau-protokoll-2024-03-26.md) as a view model, for tests and benchmarks. Text
 * is copied from the seed. The seed has no posting data, so the ANSLAG/BEVIS block is blank.
 */

const INFO_ONLY = ['Arbetsutskottet fattar inte något beslut med anledning av informationen.']
const TO_COUNCIL = 'Arbetsutskottet föreslår att kommunfullmäktige beslutar:'
const TO_BOARD = 'Arbetsutskottet föreslår att kommunstyrelsen beslutar:'

const sections: MinutesSectionView[] = [
  {
    number: 27,
    title: 'Information efter IT-angrepp',
    deliberation: [
      'IT-chef Anna Stålbrand Sundh och digitaliseringschef Niklas Hörling informerar om arbetet med att återställa och återbygga IT-miljön efter det angrepp som skedde 6 februari 2024. Ett första system har nu blivit klassat som oläsligt. Det gäller ett övergripande system, Public 360, för registrering och diarieföring av handlingar samt nämndadministration. Intensivt arbete pågår för att försöka avkryptera filerna men det är ett komplext arbete och sannolikheten att lyckas är låg.',
      'Servern där systemet och databasen finns mår bra vilket innebär att strukturen för diariet finns kvar. Däremot har handlingarna, som lagrats på en separat server, blivit krypterade. Det gäller alla handlingar och handlar om ungefär tolv års arbete. Efter en första kontroll har det konstaterats att det finns tillgång till kopior av många nämndrelaterade beslut och underlag, som är sparade på andra håll.',
      'Åtgärder framåt, utöver återinförande av alla handlingar som finns tillgängliga på servrar, i pappersform, i mejlkorgar och så vidare, behöver risken för att det här ska kunna hända igen minimeras.',
    ],
    decision: INFO_ONLY,
  },
  {
    number: 28,
    title:
      'Information och lägesrapport Kalmarsundsverket samt status gällande återvinningsverk/avsaltningsverk',
    deliberation: [
      'Thomas Bergfeldt, Magnus Gustafsson och Jörgen Ljungholm, Kalmar Vatten AB, lämnar en statusrapportering kring nuläge och tidplan för färdigställande av Kalmarsundsverket. Vidare informeras arbetsutskottet om dricksvattenprojektet samt redovisar olika alternativ för ett avsaltningsverk.',
    ],
    decision: INFO_ONLY,
  },
  {
    number: 29,
    title: 'På lika villkor - HBTQIA+- strategi 2024-2026',
    caseNumber: 'KS 2022/1197',
    documents: [
      'Kommunledningskontorets tjänsteskrivelse den 19 mars 2024.',
      'Reviderad strategi.',
      'Sammanställning remissvar.',
    ],
    background: [
      'År 2016 antog Kalmar kommun ”På lika villkor – hbtqi-handlingsplanen”. Majoriteten lyfte i verksamhetsplanen 2024 fram vikten av att anta en ny handlingsplan för hbtqia+, samt att öka kunskapen inom området och även inom normkritik.',
      'Den 18 september 2023 beslutade kommunstyrelsens arbetsutskott att handlingsplanen skulle ut på remiss till berörda nämnder och bolag. Utifrån inkomna remissvar samt en översyn av styrande dokument inom kommunkoncernen föreslås att kommunfullmäktige antar en hbtqia+-strategi istället för en handlingsplan med detaljerade aktiviteter. Nämnder, bolag och kommunstyrelse får istället i uppdrag att ta fram egna handlingsplaner med aktiviteter inom området. Kommunstyrelsen ges även att samordningsansvar.',
    ],
    decisionIntro: TO_COUNCIL,
    decision: [
      'Kommunfullmäktige godkänner På lika villkor – HBTQIA+-strategi 2024–2026.',
      'Kommunfullmäktige ger berörda nämnder och bolag i uppdrag att utifrån den beslutade strategin ta fram egna handlingsplaner med aktiviteter.',
      'Kommunstyrelsen ges ett samordningsansvar för arbetet med strategin och ansvarar för uppföljning av det samlade hbtqia+-arbetet inom kommunkoncernen.',
    ],
  },
  {
    number: 30,
    title: 'Revidering av avgifter för kopior av allmänna handlingar',
    caseNumber: 'KS 2024/0197',
    documents: [
      'Kommunledningskontorets tjänsteskrivelse den 18 mars 2024.',
      'Avgifter för kopior av allmänna handlingar.',
    ],
    background: [
      'Inom Kalmar kommun finns en sedan tidigare i kommunfullmäktige beslutad taxa för utlämnande av kopior av allmänna handlingar och det är denna taxa som nu uppdaterats.',
    ],
    decisionIntro: TO_COUNCIL,
    decision: [
      'Kommunfullmäktige antar förslag till revidering av avgifter för kopior av allmänna handlingar. Kommunledningskontoret ges i uppdrag att ta fram riktlinjer för tillämpning av denna taxa.',
    ],
  },
  {
    number: 31,
    title: 'Kalmar kommuns årsredovisning 2023',
    caseNumber: 'KS 2023/0069',
    documents: [
      'Kommunledningskontorets tjänsteskrivelse den 25 mars 2024.',
      'Årsredovisning 2023.',
    ],
    background: [
      'Kommunstyrelsen har upprättat årsredovisning för 2023. Årets resultat för kommunen uppgår till 1 195 miljoner kronor, att jämföra med budgeterat resultat 1 019 miljoner kronor. Årets resultat efter balanskravsjusteringar samt balanskravsresultat uppgår till 54 miljoner kronor. Kommunkoncernen, som omfattar Kalmar kommun, hel- och delägda dotterbolag, andelar i kommunalförbund samt bolag som kommunen har ett väsentligt inflytande över, redovisar ett resultat på 137 miljoner kronor.',
    ],
    deliberation: [
      'Jonas Agerhed, kommunledningskontoret, redovisar Kalmar kommuns årsredovisning.',
    ],
    decisionIntro: TO_BOARD,
    decision: [
      'Kommunstyrelsen överlämnar årsredovisning 2023 till kommunens revisorer för granskning och till kommunfullmäktige för godkännande.',
    ],
  },
  {
    number: 32,
    title: 'Uppföljning intern kontroll 2023 – Kalmar kommun',
    caseNumber: 'KS 2024/0199',
    documents: [
      'Kommunledningskontorets tjänsteskrivelse den 20 mars 2024.',
      'Intern kontroll uppföljning 2023 – Kalmar kommun.',
    ],
    background: [
      'Enligt policy och riktlinje för intern kontroll ska kommunstyrelsen med utgångspunkt från nämndernas uppföljningsrapporter utvärdera kommunens samlade system för intern kontroll. I de fall förbättringar behövs ska styrelsen besluta om åtgärder. Uppföljning av intern kontroll för Kalmar kommun 2023 redovisas i rapport ”Internkontroll uppföljning 2023 – Kalmar kommun”.',
    ],
    decisionIntro: TO_BOARD,
    decision: [
      'Kommunstyrelsen godkänner rapporten om uppföljning av intern kontroll 2023 för Kalmar kommun.',
    ],
  },
  {
    number: 33,
    title: 'Finansiell rapport december 2023',
    caseNumber: 'KS 2024/0198',
    documents: [
      'Kommunledningskontorets tjänsteskrivelse den 19 mars 2024.',
      'Finansiell rapport december 2023.',
    ],
    background: [
      'Enligt den av kommunfullmäktige beslutade finanspolicyn ska rapportering och uppföljning av finansverksamheten ske till kommunstyrelsen med samma periodicitet som den ekonomiska rapporteringen vid delårs- och helårsbokslut. Rapporteringen ska säkerställa att finanspolicyn och de finansiella riktlinjerna efterlevs.',
      'Den finansiella rapporten avser Kalmar kommun och dess kommunala bolag där kommunen har ett majoritetsägande. Kalmar Öland Airport ingår också i rapporten med den del som ingår i kommunkoncernen, det vill säga 50 procent. Kalmarsunds gymnasieförbund ingår i de delar som avser koncernkontot. Kretslopp Sydost ingår i de delar som avser borgensåtaganden.',
    ],
    decisionIntro: TO_BOARD,
    decision: [
      'Kommunstyrelsen noterar de mindre avvikelserna mot finanspolicyn och dess riktlinjer inom skuldförvaltningen, avseende godkända intervall och andel kortfristiga lån. Avvikelserna kommer hanteras under kommande år vid förfall och omsättningar av lån.',
      'I övrigt fattas inga beslut med anledning av den Finansiella rapporten december 2023.',
    ],
  },
  {
    number: 34,
    title:
      'Tillfälligt ändrat regelverk för anstånd, dröjsmålsränta och övriga kravkostnader vid fakturering från Kalmar kommun',
    caseNumber: 'KS 2024/0205',
    documents: ['Kommunledningskontorets tjänsteskrivelse den 22 mars 2024.'],
    background: [
      'Mot bakgrund av IT-störningen i februari månad har kommunen inte kunnat fakturera. Detta innebär att när systemen börjar komma i gång så kan det uppstå att en enskild medborgare/kund etc får flera fakturor samma månad:',
      {
        list: [
          'dels för den perioden som skulle ha fakturerats fr o m den 6 februari men har inte kunnat effektueras,',
          'dels den ordinarie faktureringen för aktuell period, som då kommer att ske när systemen är igång igen.',
        ],
      },
      'Fakturornas förfallodagar kvarstår. Dessa kommer att hanteras via kommunens ekonomicenter. När försystemen successivt kommer i gång så återgår verksamheten till ordinarie rutiner och regelverk.',
      'I nuvarande regelverk ”Regler för debitering, krav och värdering av kundfordringar” beslutad av KS 2020/2021 anges följande:',
      '”Vid extra ordinär händelse har ekonomicenter eller debiterande förvaltning möjlighet att avvika från huvudregeln avseende högst en månads anstånd och att dröjsmålsränta ska tas ut från förfallodagen. Om en extra ordinär händelse inträffat som innebär att Kalmar kommun behöver avvika från huvudregeln avseende anstånd, dröjsmålsränta eller övriga kravkostnader beslutas detta av kommunstyrelsens arbetsutskott.”',
    ],
    decision: [
      'Kommunstyrelsens arbetsutskott beslutar om att en tillfällig avvikelse från huvudregel (med högst en månads anstånd och att dröjsmålsränta ska tas ut från förfallodagen). Den tillfälliga avvikelsen innebär att vi kan fakturera avgifter utan att tredje part ska bli lidande på grund av IT-störningen. Detta undantag avser då sådana faktureringar som skulle ha skett från och med den 6 februari där dessa befrias från dröjsmålsränta och övriga kravkostnader.',
      'Undantaget gäller till och med maj månads faktureringar.',
    ],
  },
  {
    number: 35,
    title: 'Reglemente för krisledningsnämnd – information',
    deliberation: [
      'Magnus Holm, kommunledningskontoret, informerar om uppdaterat reglemente för krisledningsnämnden.',
      'Ärendet återkommer för beslut vid kommunstyrelsens sammanträde i april.',
    ],
    decision: INFO_ONLY,
  },
  {
    number: 36,
    title: 'Styrdokument för arbete med civil beredskap i Kalmar kommunkoncern – information',
    deliberation: [
      'Magnus Holm, kommunledningskontoret, informerar om styrdokument för arbete med civil beredskap i Kalmar kommun.',
      'Ärendet återkommer för beslut vid kommunstyrelsens sammanträde i april.',
    ],
    decision: INFO_ONLY,
  },
]

/** The Kalmar KSAU minutes of 2024-03-26 as a view model. */
export function kalmarMinutes(): MinutesView {
  return {
    municipality: 'Kalmar kommun',
    committee: 'Kommunstyrelsens arbetsutskott',
    meetingDate: '2024-03-26',
    startTime: '08:30',
    endTime: '10:15',
    place: 'KS-salen, stadshuset',
    deciding: [
      { name: 'Erik Ciardi', party: 'C', role: 'chair' },
      { name: 'Hanne Lindqvist', party: 'M', role: 'viceChair' },
      { name: 'Johan Persson', party: 'S' },
      { name: 'Dzenita Abaza', party: 'S' },
      { name: 'Liselotte Ross', party: 'V' },
      { name: 'Christopher Dywik', party: 'KD' },
    ],
    secretary: 'Anette Mellström',
    attesters: [
      { name: 'Erik Ciardi', party: 'C', role: 'chair' },
      { name: 'Dzenita Abaza', party: 'S' },
    ],
    preliminaries: [
      {
        title: 'Fastställande av dagordning',
        decision: [
          'Arbetsutskottet fastställer dagordningen med följande tillägg:',
          { list: ['Information efter IT-angrepp'] },
        ],
      },
    ],
    sections,
    posting: {},
    electronicAttestation: true,
  }
}
