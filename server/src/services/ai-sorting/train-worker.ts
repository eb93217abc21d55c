import { parentPort, workerData } from 'node:worker_threads'
import { serialiseModel } from '../../domain/ai-sorting/model.js'
import type { SortCaseInfo, SortRegistration } from '../../domain/ai-sorting/targets.js'
import { trainSorter } from '../../domain/ai-sorting/train.js'

/**
 * Trains the sorter off the main thread (train-in-worker.ts): at 20,000 registrations training
 * takes seconds of CPU, and on the main thread every other request would wait for it.
 */
const input = workerData as { registrations: SortRegistration[]; cases: SortCaseInfo[] }
const { model, evaluation } = trainSorter(input)
parentPort?.postMessage({ stored: serialiseModel(model), evaluation })
