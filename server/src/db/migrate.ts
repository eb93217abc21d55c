import { Migrator, type Kysely, type Migration, type MigrationProvider } from 'kysely'
import type { DB } from './schema.js'
import * as m20261122_initial from './migrations/2026-11-22-0001-initial.js'
import * as m20261122_search_scale from './migrations/2026-11-22-0002-search-scale.js'
import * as m20261122_committees_meetings from './migrations/2026-11-22-0003-committees-meetings.js'
import * as m20261201_search_direction from './migrations/2026-12-01-0004-search-direction.js'
import * as m20261201_delegation_official_reports from './migrations/2026-12-01-0005-delegation-official-reports.js'
import * as m20261201_notices_members from './migrations/2026-12-01-0007-notices-members.js'
import * as m20261201_meeting_announcements from './migrations/2026-12-01-0009-meeting-announcements.js'
import * as m20261201_meeting_conduct_minutes from './migrations/2026-12-01-0006-meeting-conduct-minutes.js'
import * as m20261201_ai_governance from './migrations/2026-12-01-0010-ai-governance.js'
import * as m20261201_ai_sorting from './migrations/2026-12-01-0011-ai-sorting.js'
import * as m20261201_ai_public_chat from './migrations/2026-12-01-0013-ai-public-chat.js'
import * as m20261201_public_ai_incidents from './migrations/2026-12-01-0014-public-ai-incidents.js'

/** Forward-only migrations, in order. A released migration is never edited: add a new one. */
const migrations: Record<string, Migration> = {
  '2026-11-22-0001-initial': m20261122_initial,
  '2026-11-22-0002-search-scale': m20261122_search_scale,
  '2026-11-22-0003-committees-meetings': m20261122_committees_meetings,
  '2026-12-01-0004-search-direction': m20261201_search_direction,
  '2026-12-01-0005-delegation-official-reports': m20261201_delegation_official_reports,
  '2026-12-01-0006-meeting-conduct-minutes': m20261201_meeting_conduct_minutes,
  '2026-12-01-0007-notices-members': m20261201_notices_members,
  '2026-12-01-0009-meeting-announcements': m20261201_meeting_announcements,
  '2026-12-01-0010-ai-governance': m20261201_ai_governance,
  '2026-12-01-0011-ai-sorting': m20261201_ai_sorting,
  '2026-12-01-0013-ai-public-chat': m20261201_ai_public_chat,
  '2026-12-01-0014-public-ai-incidents': m20261201_public_ai_incidents,
}

const provider: MigrationProvider = { getMigrations: async () => migrations }

export interface MigrateResult {
  applied: string[]
}

/** Brings the schema up to date under Kysely's migration lock (safe with several processes). */
export async function migrateToLatest(db: Kysely<DB>): Promise<MigrateResult> {
  // Migrations are written in parallel branches, so one may land with a lower name than one
  // already applied; each stands alone, and Kysely then runs the missing one instead of refusing.
  const migrator = new Migrator({
    db: db as unknown as Kysely<unknown>,
    provider,
    allowUnorderedMigrations: true,
  })
  const { error, results } = await migrator.migrateToLatest()
  if (error) throw error instanceof Error ? error : new Error(String(error))
  return {
    applied: (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName),
  }
}
