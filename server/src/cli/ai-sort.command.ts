import type { Command } from 'commander'
import type { Runtime } from '../runtime.js'
import type { Actor, Ctx } from '../services/context.js'
import { EXIT, printResult } from './output.js'

interface CliHelpers {
  withRuntime(json: boolean, fn: (rt: Runtime) => Promise<number>): Promise<void>
  municipalityActor(rt: Runtime, as?: string): Promise<Actor>
  ctx(): Ctx
}

const percent = (x: number) => `${(x * 100).toFixed(1).replace('.', ',')} %`

/** `kansli ai sort train`: trains the ärendesortering model and prints its held-out figures. */
export function registerAiSortCommands(ai: Command, h: CliHelpers) {
  const sort = ai.command('sort').description('Ärendesortering: lokal modell tränad på diariet')
  sort
    .command('train')
    .description(
      'Tränar modellen på diariets registreringar och visar träffsäkerheten på de nyaste 20 %',
    )
    .option('--max <n>', 'högst så många av de nyaste registreringarna', (v) => Number(v))
    .option('--as <username>', 'träna i en användares namn (annars som systemet)')
    .option('--json', 'maskinläsbar utdata')
    .action(async (o: { max?: number; as?: string; json?: boolean }) => {
      const json = !!o.json
      await h.withRuntime(json, async (rt) => {
        const { trainSortModel } = await import('../services/ai-sorting/train-model.js')
        const { presentSortModel } = await import('../http/presenters/ai-sorting.presenter.js')
        const actor = await h.municipalityActor(rt, o.as)
        const r = await trainSortModel(rt.deps, h.ctx(), actor, { maxRegistrations: o.max })
        const out = presentSortModel({ ...r.model, evaluation: r.evaluation })
        printResult(json, out, () =>
          [
            `Modell version ${out.version}: ${out.trainingSize} registreringar, ${out.heldOutSize} av de nyaste undanhållna för prövning (${out.trainMs} ms).`,
            ...out.targets.map(
              (t) =>
                `  ${t.label.padEnd(12)} rätt först ${percent(t.top1)}, bland tre ${percent(t.top3)} (av ${t.evaluated}; gissa vanligaste ${percent(t.baseline)})`,
            ),
          ].join('\n'),
        )
        return EXIT.ok
      })
    })
}
