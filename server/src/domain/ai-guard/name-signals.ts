/**
 * What the text right after a run of capitalised words says about it, and the words that may
 * open a sentence before a name. These work for names the lexicon has never seen: a personnummer
 * or an e-mail address made of the same name right after it, a street address after a comma,
 * letters Swedish words do not have (Şahin, Hadžić, Aydın).
 */

/** "Ines Hadžić (160772+5759)", "Baran Alatalo, pnr 170717+8594", "Eva Ek, född 19450101-1234". */
const ID_AFTER =
  /^[ \u00a0]*[,(]?[ \u00a0]*(?:(?:pnr|personnummer|personnr|samordningsnummer|samordningsnr|född|f\.)[ \u00a0:.]*)?(?:1[89]|20)?\d{6}[ \u00a0]?[-+\u2010\u2011\u2013\u2212]?[ \u00a0]?\d{4}(?!\d)/i

export function idNumberAfter(after: string): boolean {
  return ID_AFTER.test(after)
}

/** "Tindra Şahin, Furuvägen 17", "Eva Ek, Box 12": a name followed by its postal address. */
const ADDRESS_AFTER =
  /^,[ \u00a0]*(?:(?:[A-ZÅÄÖ][a-zåäöé-]+[ \u00a0]){1,3}\d{1,4}(?!\d)|Box[ \u00a0]\d)/

export function addressAfter(after: string): boolean {
  return ADDRESS_AFTER.test(after)
}

const EMAIL_AFTER =
  /^[ \u00a0]*(?:[<(,:]|på|e-post:?|mejl:?)?[ \u00a0]*<?([A-Za-z0-9._%+-]{3,64})(?:@|[ \u00a0]?[([]at[)\]])/i
const FOLD: Record<string, string> = { å: 'a', ä: 'a', ö: 'o', é: 'e', ü: 'u' }

/** The ASCII form mail addresses use for a name part: "Åström" → "astrom". */
export function mailForm(lower: string): string {
  return lower
    .replace(/[åäöéü]/g, (c) => FOLD[c] ?? c)
    .normalize('NFD')
    .replace(/[^a-z0-9]/g, '')
}

/** "Majvor Lehto <majvor.lehto@kalmar.se>": the address right after is made of the name. */
export function emailOfName(after: string, lowers: string[]): boolean {
  const m = EMAIL_AFTER.exec(after)
  if (!m) return false
  const local = m[1]!.toLowerCase()
  return lowers.some((w) => {
    const f = mailForm(w)
    return f.length >= 3 && local.includes(f)
  })
}

/** Letters no Swedish word has: a proper name from another language (Şahin, Aydın, Hadžić). */
const FOREIGN = /[^A-Za-zÅÄÖåäöÉéÜü'’-]/

export function foreignLetters(word: string): boolean {
  return FOREIGN.test(word)
}

/**
 * Capitalised at a sentence start but words, not names: prepositions, adverbs, pronouns,
 * imperatives and greetings, and the nouns that open a line in a letter or a protocol
 * ("Kontakta Gösta Pekkari", "Enligt Gösta Vinsa", "Skrivelse från …"). Before a run of
 * capitalised words such a word is dropped and the rest judged as if mid-sentence.
 */
export const SENTENCE_WORDS = new Set(
  `av till från med för om enligt vid efter inför hos mot under över genom utan mellan bland trots
  sedan kring bakom framför bredvid inom utom jämte per via samt och men eller även också dock därför
  därefter då nu här där när eftersom medan innan både varken antingen alltså således vidare slutligen
  först sist tidigare senare idag igår imorgon dessutom däremot istället tyvärr givetvis självklart
  cirka ca bara endast just redan ännu fortfarande kanske troligen jag du han hon hen vi ni de den det
  denna detta dessa man min mitt mina din ditt dina sin sitt sina vår vårt våra er ert era hans hennes
  deras vem vad vilken vilket vilka alla någon något några ingen inget inga varje samtliga båda övriga
  andra hej hejsan hallå tack välkommen välkomna kontakta ring skriv mejla maila skicka kom se läs
  besök hälsa grattis observera obs notera kära bästa käre hälsningar ansökan beslut skrivelse samtal
  utbildning information möte mötet yttrande synpunkt synpunkter fråga frågor svar brev mejl kontakt
  kallelse protokoll anmälan ärende ärendet rapport inbjudan förslag motion interpellation
  medborgarförslag remiss tjänsteskrivelse delegationsbeslut underskrift namn datum plats närvarande
  frånvarande justering justerare val valet avsägelse entledigande gällande angående avseende
  beträffande rörande ang ref bifogat bifogas hänvisning enl jämför jfr särskilt särskilda utöver
  inklusive exklusive förutom likaså dels ty emellertid nämligen ifall fast fastän såsom liksom
  eftersom oavsett sammanfattningsvis avslutningsvis inledningsvis vänligen mvh vänliga`
    .split(/\s+/)
    .filter(Boolean),
)
