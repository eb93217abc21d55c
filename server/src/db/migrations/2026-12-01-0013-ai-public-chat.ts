import { sql, type Kysely } from 'kysely'

/**
 * The AI service that answers the public's questions about public documents (one per
 * municipality, chosen by the administrator; no service chosen = no chat on the public pages).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table ai_services add column public_chat boolean not null default false`.execute(
    db,
  )
  await sql`create unique index ai_services_public_chat_idx on ai_services (municipality_id) where public_chat`.execute(
    db,
  )
}

export async function down(): Promise<void> {
  throw new Error('Migrations are forward-only')
}
