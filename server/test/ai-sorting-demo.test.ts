import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { trainSortModel } from '../src/services/ai-sorting/train-model.js'
import type { Deps } from '../src/services/context.js'
import { seedDemo } from '../src/services/demo/seed-demo.js'
import { ENGINES, openTestDatabase, type TestDatabase } from './support/engines.js'
import { fixedCtx, testDeps } from './support/builders.js'

const pct = (x: number) => `${(x * 100).toFixed(1)} %`

describe.each(ENGINES)('ärendesortering on the demo registry on %s', (engine) => {
  let database: TestDatabase
  let deps: Deps
  let municipalityId = ''
  beforeAll(async () => {
    database = await openTestDatabase(engine)
    deps = testDeps(database)
    municipalityId = (await seedDemo(deps)).municipalityId
  }, 180_000)
  afterAll(async () => database?.close())

  it('trains on the Kalix seed registry and reports its held-out accuracy', async () => {
    const r = await trainSortModel(deps, fixedCtx('2026-01-15T10:00:00+01:00'), {
      kind: 'system',
      municipalityId,
      name: 'test',
    })
    const e = r.evaluation
    console.log(
      `demo registry on ${engine}: ${r.model.training_size} registrations, ${e.trainingSize} trained + ${e.heldOutSize} held out (from ${e.heldOutFrom}), ${r.model.train_ms} ms\n` +
        Object.entries(e.targets)
          .map(
            ([t, v]) =>
              `  ${t.padEnd(12)} top-1 ${pct(v.top1)}  top-3 ${pct(v.top3)}  baseline ${pct(v.baseline)}  (${v.evaluated} evaluated, ${v.unseen} unseen, ${v.classes} classes)`,
          )
          .join('\n'),
    )
    expect(e.heldOutSize).toBe(Math.round(r.model.training_size * 0.2))
    expect(e.targets.series.evaluated).toBe(e.heldOutSize)
    expect(r.model.status).toBe('active')
  })
})
