import type { Insertable, Kysely, Selectable } from 'kysely'
import type { DB, SigningAuthorityTable, SigningCredentialTable } from '../db/schema.js'

export type SigningAuthorityRow = Selectable<SigningAuthorityTable>
export type SigningCredentialRow = Selectable<SigningCredentialTable>

export function findAuthority(db: Kysely<DB>, municipalityId: string) {
  return db
    .selectFrom('signing_authorities')
    .selectAll()
    .where('municipality_id', '=', municipalityId)
    .executeTakeFirst()
}

/** Stores the municipality's CA unless another process stored one first (then that one wins). */
export async function insertAuthority(db: Kysely<DB>, row: Insertable<SigningAuthorityTable>) {
  await db
    .insertInto('signing_authorities')
    .values(row)
    .onConflict((oc) => oc.column('municipality_id').doNothing())
    .execute()
  return db
    .selectFrom('signing_authorities')
    .selectAll()
    .where('municipality_id', '=', row.municipality_id)
    .executeTakeFirstOrThrow()
}

export function findCredential(db: Kysely<DB>, userId: string, commonName: string) {
  return db
    .selectFrom('signing_credentials')
    .selectAll()
    .where('user_id', '=', userId)
    .where('common_name', '=', commonName)
    .executeTakeFirst()
}

/** Stores a signer's credential, replacing an expired one for the same name. */
export async function saveCredential(db: Kysely<DB>, row: Insertable<SigningCredentialTable>) {
  return db
    .insertInto('signing_credentials')
    .values(row)
    .onConflict((oc) =>
      oc.columns(['user_id', 'common_name']).doUpdateSet({
        certificate_pem: row.certificate_pem,
        sealed_private_key: row.sealed_private_key,
        fingerprint: row.fingerprint,
        not_after: row.not_after,
        issued_at: row.issued_at,
      }),
    )
    .returningAll()
    .executeTakeFirstOrThrow()
}
