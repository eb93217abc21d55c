/**
 * A fixed-window counter per key, in memory: enough for one Kansli process. Keys are forgotten
 * when their window ends, so the map holds only the clients of the current window.
 */
export class RateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>()

  constructor(private readonly opts: { limit: number; windowMs: number; now?: () => number }) {}

  /** Counts one use of `key`; false when the key has used its limit in this window. */
  take(key: string): boolean {
    const now = (this.opts.now ?? Date.now)()
    if (this.windows.size > 10_000) this.sweep(now)
    const w = this.windows.get(key)
    if (!w || now - w.start >= this.opts.windowMs) {
      this.windows.set(key, { start: now, count: 1 })
      return true
    }
    if (w.count >= this.opts.limit) return false
    w.count++
    return true
  }

  private sweep(now: number) {
    for (const [k, w] of this.windows)
      if (now - w.start >= this.opts.windowMs) this.windows.delete(k)
  }
}
