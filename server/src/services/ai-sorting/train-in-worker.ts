import { createRequire } from 'node:module'
import { pathToFileURL } from 'node:url'
import { Worker } from 'node:worker_threads'
import type { StoredSortModel } from '../../domain/ai-sorting/model.js'
import type { SortCaseInfo, SortRegistration } from '../../domain/ai-sorting/targets.js'
import type { SortEvaluation } from '../../domain/ai-sorting/train.js'

export interface WorkerResult {
  stored: StoredSortModel
  evaluation: SortEvaluation
}

/**
 * Runs trainSorter in a worker thread, so that the server keeps answering while it trains. From
 * the TypeScript sources (tests, tsx) the worker is loaded through tsx; from the build, as is.
 */
export function trainInWorker(input: {
  registrations: SortRegistration[]
  cases: SortCaseInfo[]
}): Promise<WorkerResult> {
  const fromSource = import.meta.url.endsWith('.ts')
  const file = new URL(`./train-worker.${fromSource ? 'ts' : 'js'}`, import.meta.url)
  return new Promise((resolve, reject) => {
    // From the sources, a bootstrap registers tsx's loader in the worker before importing it.
    const worker = fromSource
      ? new Worker(
          `import(${JSON.stringify(tsxApi())}).then((t) => { t.register(); return import(${JSON.stringify(file.href)}) })`,
          { eval: true, workerData: input },
        )
      : new Worker(file, { workerData: input })
    let result: WorkerResult | null = null
    worker.once('message', (m: WorkerResult) => {
      result = m
    })
    worker.once('error', reject)
    worker.once('exit', (code) => {
      if (result) resolve(result)
      else reject(new Error(`Träningen avbröts (kod ${code}).`))
    })
  })
}

/** tsx's ESM loader API (its `import` export; resolving through require would give the CJS one). */
function tsxApi(): string {
  const pkg = createRequire(import.meta.url).resolve('tsx/package.json')
  return new URL('dist/esm/api/index.mjs', pathToFileURL(pkg)).href
}
