import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { axeViolations } from './browser'

// Set KANSLI_E2E_SCREENSHOTS=/some/dir to keep a screenshot of every page checked.
const SHOTS = process.env.KANSLI_E2E_SCREENSHOTS

/**
 * WCAG 2.1 A/AA findings collected page by page during a flow, so one test can check many
 * pages and report them all at the end (`expect(axe.found).toEqual({})`).
 */
export class AxeFindings {
  readonly found: Record<string, string[]> = {}
  readonly checked: string[] = []

  async check(page: Page, name: string): Promise<void> {
    if (SHOTS) {
      mkdirSync(SHOTS, { recursive: true })
      await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true })
    }
    this.checked.push(name)
    const v = await axeViolations(page)
    if (v.length > 0) this.found[name] = v
  }

  report(): string {
    return `axe found WCAG 2.1 A/AA violations:\n${Object.entries(this.found)
      .map(([page, v]) => `${page}:\n  ${v.join('\n  ')}`)
      .join('\n')}`
  }
}
