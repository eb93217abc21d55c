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

/**
 * Files under `root/ab/cd/<sha256>`, written atomically: temporary file, fsync, rename, fsync dir.
 * A directory made on the way is fsynced into its parent too, or a crash could lose the new
 * directory and with it a file whose registration was acknowledged.
 */
export class FilesystemFileStore implements FileStore {
  /** Directories known to exist (at most 65,536 + tmp): a registration need not ask again. */
  private readonly knownDirs = new Set<string>()

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
    const tmp = join(this.root, 'tmp', `${sha256}.${randomUUID()}`)
    const fh = await this.inDir(tmp, () =>
      open(tmp, constants.O_CREAT | constants.O_EXCL | constants.O_WRONLY, 0o444),
    )
    try {
      await fh.writeFile(bytes)
      await fh.sync()
    } finally {
      await fh.close()
    }
    try {
      await this.inDir(path, () => rename(tmp, path))
    } catch (err) {
      await rm(tmp, { force: true })
      throw err
    }
    await fsyncDir(dirname(path))
    return { sha256, size: bytes.byteLength }
  }

  /**
   * Runs `write`, which creates `path`, once its directory exists. A directory seen before is
   * not asked for again; if it was removed since (by hand, or a test), it is made again.
   */
  private async inDir<T>(path: string, write: () => Promise<T>): Promise<T> {
    const dir = dirname(path)
    await this.ensureDir(dir)
    try {
      return await write()
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err
      this.knownDirs.clear()
      await this.ensureDir(dir)
      return write()
    }
  }

  /** Makes `dir` (and its parents) if missing; every directory made is fsynced into its parent. */
  private async ensureDir(dir: string): Promise<void> {
    if (this.knownDirs.has(dir)) return
    const first = await mkdir(dir, { recursive: true })
    if (first) {
      // `first` is the topmost directory made; each one from there down is new in its parent.
      for (let d = dir; ; d = dirname(d)) {
        await fsyncDir(dirname(d))
        if (d === first || dirname(d) === d) break
      }
    }
    this.knownDirs.add(dir)
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
