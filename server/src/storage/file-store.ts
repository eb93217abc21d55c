import { createHash, randomUUID } from 'node:crypto'
import { constants } from 'node:fs'
import { mkdir, open, readFile, rename, rm, stat } from 'node:fs/promises'
import { dirname, join } from 'node:path'

export type FileCheck = 'ok' | 'missing' | 'altered'

/** Where document bytes live. Content-addressed by SHA-256: a stored file never changes. */
export interface FileStore {
  put(bytes: Uint8Array): Promise<{ sha256: string; size: number }>
  /** The bytes, only if they still hash to `sha256`; otherwise null with the reason. */
  read(sha256: string): Promise<{ bytes: Uint8Array } | { problem: Exclude<FileCheck, 'ok'> }>
  check(sha256: string): Promise<FileCheck>
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex')
}

const HASH = /^[0-9a-f]{64}$/

/** Files under `root/ab/cd/<sha256>`, written atomically: temporary file, fsync, rename, fsync dir. */
export class FilesystemFileStore implements FileStore {
  constructor(private readonly root: string) {}

  private pathOf(sha256: string): string {
    if (!HASH.test(sha256)) throw new Error('Ogiltig filsumma')
    return join(this.root, sha256.slice(0, 2), sha256.slice(2, 4), sha256)
  }

  async put(bytes: Uint8Array): Promise<{ sha256: string; size: number }> {
    const sha256 = sha256Hex(bytes)
    const path = this.pathOf(sha256)
    // Never overwrite: the same content is the same file.
    if (await exists(path)) return { sha256, size: bytes.byteLength }
    const tmpDir = join(this.root, 'tmp')
    await mkdir(tmpDir, { recursive: true })
    await mkdir(dirname(path), { recursive: true })
    const tmp = join(tmpDir, `${sha256}.${randomUUID()}`)
    const fh = await open(tmp, constants.O_CREAT | constants.O_EXCL | constants.O_WRONLY, 0o444)
    try {
      await fh.writeFile(bytes)
      await fh.sync()
    } finally {
      await fh.close()
    }
    try {
      await rename(tmp, path)
    } catch (err) {
      await rm(tmp, { force: true })
      throw err
    }
    await fsyncDir(dirname(path))
    return { sha256, size: bytes.byteLength }
  }

  async read(sha256: string) {
    let bytes: Uint8Array
    try {
      bytes = await readFile(this.pathOf(sha256))
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { problem: 'missing' as const }
      throw err
    }
    if (sha256Hex(bytes) !== sha256) return { problem: 'altered' as const }
    return { bytes }
  }

  async check(sha256: string): Promise<FileCheck> {
    const r = await this.read(sha256)
    return 'bytes' in r ? 'ok' : r.problem
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path)
    return true
  } catch {
    return false
  }
}

async function fsyncDir(dir: string): Promise<void> {
  const fh = await open(dir, constants.O_RDONLY)
  try {
    await fh.sync()
  } finally {
    await fh.close()
  }
}
