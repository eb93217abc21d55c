#!/usr/bin/env node
// The `kansli` command. Builds what is not built (server with tsc, web UI with Vite) when the
// sources are newer than the build, then hands over to the compiled CLI.
import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')

function newest(dir) {
  let max = 0
  if (!existsSync(dir)) return max
  if (!statSync(dir).isDirectory()) return statSync(dir).mtimeMs
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'dist') continue
    const p = join(dir, entry.name)
    max = Math.max(max, entry.isDirectory() ? newest(p) : statSync(p).mtimeMs)
  }
  return max
}

function stale(stamp, ...sources) {
  if (!existsSync(stamp)) return true
  const built = statSync(stamp).mtimeMs
  return sources.some((s) => newest(s) > built)
}

function build(name, stamp, cmd, args, sources) {
  if (!stale(stamp, ...sources)) return
  process.stderr.write(`Bygger ${name} …\n`)
  const bin = join(root, 'node_modules', '.bin', cmd)
  execFileSync(bin, args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] })
  writeFileSync(stamp, new Date().toISOString())
}

if (process.env.KANSLI_SKIP_BUILD !== '1') {
  build(
    'servern',
    join(root, 'server/dist/.built'),
    'tsc',
    ['-p', 'server'],
    [join(root, 'server/src'), join(root, 'server/tsconfig.json')],
  )
  build(
    'webbgränssnittet',
    join(root, 'web/dist/.built'),
    'vite',
    ['build', 'web', '--logLevel', 'warn'],
    [join(root, 'web/src'), join(root, 'web/index.html'), join(root, 'web/vite.config.ts')],
  )
}

await import(pathToFileURL(join(root, 'server/dist/cli/main.js')).href)
