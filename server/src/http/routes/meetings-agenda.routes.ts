import type { AppContext } from '../app-context.js'
import type { TypedApp } from '../typed-app.js'

/** The agenda of a meeting: add, change, move and remove items (registered by meetings.routes). */
export function meetingAgendaRoutes(_app: TypedApp, _ctx: AppContext) {}
