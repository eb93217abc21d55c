import type { AppContext } from '../app-context.js'
import type { TypedApp } from '../typed-app.js'

/** Roll call, arrivals and departures, jäv, decisions and § numbers (registered by meetings.routes). */
export function meetingAttendanceRoutes(_app: TypedApp, _ctx: AppContext) {}
