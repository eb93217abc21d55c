#!/usr/bin/env node
// `npm run bench [-- options]`: runs bench/main.ts with tsx (see the options there and
// docs/benchmarks.md). Not part of `npm test`.
import { spawnSync } from 'node:child_process'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const tsx = join(root, 'node_modules', '.bin', 'tsx')
const result = spawnSync(tsx, [join(root, 'bench', 'main.ts'), ...process.argv.slice(2)], {
  stdio: 'inherit',
  cwd: root,
})
process.exit(result.status ?? 1)
