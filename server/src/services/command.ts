import type { Kysely } from 'kysely'
import type { DB } from '../db/schema.js'
import { appendAuditEvents, type AuditEntry } from '../repositories/audit.repository.js'
import { actorId, type Actor, type Ctx, type Deps } from './context.js'

export interface CommandOutcome<T> {
  result: T
  /** The audit events of this command: written in the same transaction, or the command fails. */
  audit: AuditEntry | AuditEntry[]
}

/**
 * Runs a named command (action id such as `case.register`) in one transaction together with
 * its audit events. A command cannot return without saying what it audits, so forgetting the
 * audit log is a type error, and a failure rolls back the change and its events together.
 * Called with `{ ...deps, db: trx }` from inside another command, it joins that transaction.
 */
export async function runCommand<T>(
  deps: Deps,
  ctx: Ctx,
  actor: Actor,
  action: string,
  body: (trx: Kysely<DB>, at: Date) => Promise<CommandOutcome<T>>,
): Promise<T> {
  const at = ctx.now()
  const run = async (trx: Kysely<DB>) => {
    const { result, audit } = await body(trx, at)
    const entries = Array.isArray(audit) ? audit : [audit]
    await appendAuditEvents(
      trx,
      actor.municipalityId,
      at,
      actorId(actor),
      action,
      entries.map((e) => ({
        ...e,
        data: { requestId: ctx.requestId, ...e.data },
      })),
    )
    return result
  }
  // A command run by another command (its deps carry that command's transaction) runs inside
  // it: one transaction for both, each writing its own audit events.
  return deps.db.isTransaction ? run(deps.db) : deps.db.transaction().execute(run)
}
