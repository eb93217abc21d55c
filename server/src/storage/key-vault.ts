import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto'
import { constants } from 'node:fs'
import { chmod, mkdir, open, readFile } from 'node:fs/promises'
import { join } from 'node:path'

/**
 * Seals private keys (the local CA's, each signer's) so that the database never holds one in
 * the clear: a dump, a backup, a replica or an SQL injection yields only ciphertext. The key that
 * seals them lives outside the database.
 */
export interface KeyVault {
  /** AES-256-GCM under the vault key; `context` is bound in as associated data. */
  seal(plaintext: string, context: string): Promise<string>
  open(sealed: string, context: string): Promise<string>
}

const VERSION = 'v1'

/**
 * The vault key as a 32-byte file `signing-key` in a directory of its own under the data
 * directory, created once with mode 0600 in a 0700 directory: readable by the Kansli process
 * only, and kept apart from the files and the database. With PostgreSQL and several processes,
 * every process must see the same file (the data directory is shared, as the files are).
 */
export class FileKeyVault implements KeyVault {
  private key: Promise<Buffer> | null = null

  constructor(private readonly dir: string) {}

  private async loadKey(): Promise<Buffer> {
    const path = join(this.dir, 'signing-key')
    await mkdir(this.dir, { recursive: true, mode: 0o700 })
    await chmod(this.dir, 0o700)
    try {
      const fh = await open(path, constants.O_CREAT | constants.O_EXCL | constants.O_WRONLY, 0o600)
      try {
        await fh.writeFile(randomBytes(32))
        await fh.sync()
      } finally {
        await fh.close()
      }
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err
    }
    const key = await readFile(path)
    if (key.length !== 32) throw new Error(`The signing key in ${path} is not 32 bytes`)
    return key
  }

  private getKey(): Promise<Buffer> {
    this.key ??= this.loadKey().catch((err: unknown) => {
      this.key = null
      throw err
    })
    return this.key
  }

  async seal(plaintext: string, context: string): Promise<string> {
    const iv = randomBytes(12)
    const cipher = createCipheriv('aes-256-gcm', await this.getKey(), iv)
    cipher.setAAD(Buffer.from(context, 'utf8'))
    const body = Buffer.concat([
      cipher.update(plaintext, 'utf8'),
      cipher.final(),
      cipher.getAuthTag(),
    ])
    return [VERSION, iv.toString('base64'), body.toString('base64')].join('.')
  }

  async open(sealed: string, context: string): Promise<string> {
    const [version, iv, body] = sealed.split('.')
    if (version !== VERSION || !iv || !body) throw new Error('Unknown sealed-key format')
    const bytes = Buffer.from(body, 'base64')
    const decipher = createDecipheriv('aes-256-gcm', await this.getKey(), Buffer.from(iv, 'base64'))
    decipher.setAAD(Buffer.from(context, 'utf8'))
    decipher.setAuthTag(bytes.subarray(bytes.length - 16))
    return Buffer.concat([
      decipher.update(bytes.subarray(0, bytes.length - 16)),
      decipher.final(),
    ]).toString('utf8')
  }
}
