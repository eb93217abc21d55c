import { sql, type Kysely } from 'kysely'
import type { DB } from '../db/schema.js'

/** The audit events of a case and of its documents, newest first: the case's history. */
export function listHistory(db: Kysely<DB>, municipalityId: string, caseId: string) {
  return db
    .selectFrom('audit_events')
    .leftJoin('users', 'users.id', 'audit_events.actor_id')
    .select([
      'audit_events.seq',
      'audit_events.occurred_at',
      'audit_events.action',
      'audit_events.entity_type',
      'audit_events.entity_id',
      'audit_events.data',
      'users.display_name as actor_name',
    ])
    .where('audit_events.municipality_id', '=', municipalityId)
    .where((eb) =>
      eb.or([
        eb.and([
          eb('audit_events.entity_type', '=', 'case'),
          eb('audit_events.entity_id', '=', caseId),
        ]),
        eb.and([
          eb('audit_events.entity_type', '=', 'document'),
          eb(
            'audit_events.entity_id',
            'in',
            eb
              .selectFrom('documents')
              .select(sql<string>`id::text`.as('id'))
              .where('case_id', '=', caseId),
          ),
        ]),
      ]),
    )
    .orderBy('audit_events.seq', 'desc')
    .limit(500)
    .execute()
}
