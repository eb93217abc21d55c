import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { FileKeyVault } from './key-vault.js'

describe('FileKeyVault', () => {
  const root = mkdtempSync(join(tmpdir(), 'kansli-vault-'))
  afterAll(() => rmSync(root, { recursive: true, force: true }))

  it('seals and opens, binds the context, and keeps its key readable by the owner only', async () => {
    const dir = join(root, 'secrets')
    const vault = new FileKeyVault(dir)
    const sealed = await vault.seal('-----BEGIN PRIVATE KEY-----\nabc', 'ca:kommun-1')
    expect(sealed).not.toContain('PRIVATE KEY')
    expect(await vault.open(sealed, 'ca:kommun-1')).toBe('-----BEGIN PRIVATE KEY-----\nabc')
    await expect(vault.open(sealed, 'ca:kommun-2')).rejects.toThrow()
    expect(statSync(join(dir, 'signing-key')).mode & 0o777).toBe(0o600)
    expect(statSync(dir).mode & 0o777).toBe(0o700)
    // A second process (another instance) on the same directory opens what the first sealed.
    expect(await new FileKeyVault(dir).open(sealed, 'ca:kommun-1')).toBe(
      '-----BEGIN PRIVATE KEY-----\nabc',
    )
    // Another vault key opens nothing.
    await expect(
      new FileKeyVault(join(root, 'other')).open(sealed, 'ca:kommun-1'),
    ).rejects.toThrow()
  })
})
