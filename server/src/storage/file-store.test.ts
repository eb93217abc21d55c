import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { FilesystemFileStore, sha256Hex } from './file-store.js'

const roots: string[] = []
function newStore() {
  const root = mkdtempSync(join(tmpdir(), 'kansli-file-store-'))
  roots.push(root)
  return { root, store: new FilesystemFileStore(root) }
}
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true })
})

describe('FilesystemFileStore', () => {
  it('stores by hash, once, and reads back only matching bytes', async () => {
    const { root, store } = newStore()
    const bytes = new TextEncoder().encode('Ansökan om bygglov')
    const sha256 = sha256Hex(bytes)
    expect(await store.put(bytes)).toEqual({ sha256, size: bytes.byteLength })
    const path = join(root, sha256.slice(0, 2), sha256.slice(2, 4), sha256)
    const first = statSync(path)
    expect(await store.put(bytes)).toEqual({ sha256, size: bytes.byteLength })
    expect(statSync(path).ino).toBe(first.ino)
    expect(readdirSync(join(root, 'tmp'))).toEqual([])
    expect(await store.read(sha256)).toEqual({ bytes: Buffer.from(bytes) })
  })

  it('makes a directory again that was removed after it was first made', async () => {
    const { root, store } = newStore()
    const a = new TextEncoder().encode('första')
    await store.put(a)
    const dir = join(root, sha256Hex(a).slice(0, 2))
    rmSync(dir, { recursive: true })
    rmSync(join(root, 'tmp'), { recursive: true })
    // The same directory again (same content), and a file whose directory is new.
    expect(await store.check(sha256Hex(a))).toBe('missing')
    await store.put(a)
    expect(await store.check(sha256Hex(a))).toBe('ok')
    const b = new TextEncoder().encode('andra')
    await store.put(b)
    expect(await store.check(sha256Hex(b))).toBe('ok')
  })
})
