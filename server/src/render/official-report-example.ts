import type { OfficialReportView } from './official-report-view.js'

/**
 * Kalix kommunledningsförvaltning's report of 2025-12-05 on the revision of the delegation
 * scheme (seeds/kalix-ks-kallelse-2025-12-15.txt, item 16), text as in the seed; the case
 * number with its series, as Kansli prints it. For tests and benchmarks.
 */
export function kalixDelegationReport(): OfficialReportView {
  return {
    municipality: 'Kalix kommun',
    department: 'Kommunledningsförvaltningen',
    committee: 'Kommunstyrelsen',
    date: '2025-12-05',
    caseNumber: 'KS-2025-00483',
    title: 'Kommunstyrelsens delegationsordning - revidering',
    proposedDecision: [
      'Kommunledningsförvaltningen föreslår kommunstyrelsen anta reviderad delegationsordning för kommunstyrelsen.',
      'Den reviderade delegationsordningen ska börja gälla från och med 2026-01-01. Varmed den nuvarande upphör att gälla.',
    ],
    description: [
      'En omorganisation av nämnder samt förvaltningar har genomförts och beslutats av Kommunfullmäktige den 24 november 2025. Den nya nämndsorganisationen gäller från och med 2026-01-01. Således behöver en revidering av kommunstyrelsens delegationsordning genomföras.',
      'Enligt beslutet om ny nämndsorganisation kommer jävsnämnd, samhällsbyggnadsnämnd samt fritid- och kulturnämnd upphöra.',
      'Till kommunstyrelsens delegationsordning har från och med punkt 27 flyttats över från Samhällsbyggnadsnämndens delegationsordning nuvarande delegationsordning. Detta är ej blå markerat då förflyttningen har gjorts i sin helhet. De punkter som reviderats under avsnitten från och med punkt 27 och framåt är markerade med blått till delar de skiljer sig från de befintliga delegationsordningarna.',
      'Utöver ovan nämnda har ändringar gjorts under det som finns i kommunstyrelsens nu gällande delegationsordning. Dessa ändringar är markerade med blått för tillägg och rött för borttag.',
      'Delegaten är till stora delar desamma som i de befintliga delegationsordningarna. Dessa kommer dock att revideras under 2026 efter att den nya förvaltningsorganisationen är beslutad om av kommundirektören. Delegationsordningen kommer därmed ha behov av revidering av Kommunstyrelsen under 2026.',
    ],
    decisionBasis: ['Reviderad – Delegationsordning för kommunstyrelsen'],
    signature: { name: 'Katja Sundström', title: 'Kommunjurist' },
  }
}
