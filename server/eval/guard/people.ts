import { sv } from '@faker-js/faker'
import type { Rng } from './prng.js'

/**
 * The people of the evaluation set. Half their name parts come from faker's Swedish lists, which
 * are also in the guard's own lexicon (so those measure the context rules on known names); the
 * other half from the lists below, which are NOT in the lexicon, so that the set measures how the
 * guard does on names it has never seen: common Swedish, Tornedalian, Sami and immigrant names.
 * Names the guard's code, tests or the seed documents mention are left out of these lists, since
 * the guard's rules were written with those in view. eval.test.ts checks that none of these is in
 * the lexicon: adding them there would make the measurement dishonest, not the guard better.
 */
export const UNSEEN_GIVEN =
  `Ellie Iris Majken Meja Nellie Nora Novalie Saga Vera Ines Märta Tuva Idun Gunbritt
Ingegerd Ingela Kicki Lotta Majvor Ingalill Ethel Lovis Tindra Nova Tova Tuva-Li Adrian Ville Malte
Sixten Sigge Hampus Tage Algot Valter Sture Gösta Ingvar Sune Yngve Örjan Jan-Olov Bror Ivar Holger
Tore Amir Mirsad Milica Aleksandra Katarzyna Minh Ayaan Elif Zeynep Mehmet Baran Aila Eino Toivo
Pirjo Raili Seppo Jukka Markku Sirpa Tarja Tuula Ánde Biret Ristin Máret Nils-Ánte`
    .split(/\s+/)
    .filter(Boolean)

export const UNSEEN_SURNAMES =
  `Adolfsson Alm Almqvist Andersén Berglöf Boström Brännström Burman Elofsson
Hagström Hedström Hägglund Ivarsson Järvinen Kallio Karlström Keskitalo Kuoppa Landström Lehto
Lidström Lindkvist Ljung Lundkvist Morén Mäki Näslund Palo Paulsson Pekkari Rantatalo Rask Renström
Rönnbäck Selin Sjölund Strand Sundqvist Svanberg Sörensen Tapio Taavola Törnqvist Vikström Åström
Öhman Östlund Östman Yilmaz Kaya Demir Şahin Öztürk Tran Pham Hodzic Hadžić Kovačević Petrović
Jovanović Nowak Wiśniewska Abdi Warsame Farah Jama Osman Karimi Rezaei Said Okonkwo Kaplan Aydın
Mansour Nordqvist Hjalmarsson Lagerlöf Bäckström Sehlstedt Vinsa Alatalo Kangas Heikkilä Hietala
Rova Kuhmunen Labba Länta Pavval Nutti Omma Junkka Aho Påhlsson Nordmark Rosén Öhrn`
    .split(/\s+/)
    .filter(Boolean)

const person = sv.person as unknown as {
  first_name: { female: string[]; male: string[] }
  last_name: { generic: string[] }
}
export const LEXICON_GIVEN = [...person.first_name.female, ...person.first_name.male].sort()
export const LEXICON_SURNAMES = [...person.last_name.generic].sort()

export type NameSource = 'lexicon' | 'unseen' | 'mixed'

export interface Person {
  given: string
  surname: string
  /** the name as written in full ("Anna Maria Berg", "Tuva Stål Rönnbäck") */
  full: string
  source: NameSource
}

export function newPerson(r: Rng): Person {
  const knownGiven = r.chance(0.5)
  const knownSurname = r.chance(0.5)
  let given = r.pick(knownGiven ? LEXICON_GIVEN : UNSEEN_GIVEN)
  let surname = r.pick(knownSurname ? LEXICON_SURNAMES : UNSEEN_SURNAMES)
  let full = `${given} ${surname}`
  const extra = r.next()
  if (extra < 0.05) {
    // A second given name.
    full = `${given} ${r.pick(r.chance(0.5) ? LEXICON_GIVEN : UNSEEN_GIVEN)} ${surname}`
  } else if (extra < 0.09) {
    // Two surnames, as in "Anna Stålbrand Sundh".
    surname = `${r.pick(r.chance(0.5) ? LEXICON_SURNAMES : UNSEEN_SURNAMES)} ${surname}`
    full = `${given} ${surname}`
  } else if (extra < 0.11) {
    const other = r.pick(r.chance(0.5) ? LEXICON_GIVEN : UNSEEN_GIVEN)
    if (!given.includes('-') && !other.includes('-') && other !== given) {
      given = `${given}-${other}`
      full = `${given} ${surname}`
    }
  }
  const source: NameSource =
    knownGiven && knownSurname ? 'lexicon' : !knownGiven && !knownSurname ? 'unseen' : 'mixed'
  return { given, surname, full, source }
}
