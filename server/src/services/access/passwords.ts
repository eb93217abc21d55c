import { randomBytes, scrypt as scryptCb, timingSafeEqual, type ScryptOptions } from 'node:crypto'

const scrypt = (pw: string, salt: Buffer, len: number, opts: ScryptOptions) =>
  new Promise<Buffer>((resolve, reject) =>
    scryptCb(pw, salt, len, opts, (err, key) => (err ? reject(err) : resolve(key))),
  )

// scrypt with N=2^15, r=8 (OWASP's recommended minimum is 2^17·r=8·p=1 in memory terms ≈ 128 MiB;
// 2^15 keeps login under ~100 ms on 2 cores while staying memory-hard). Parameters are stored
// with the hash so they can be raised later without breaking existing accounts.
const PARAMS = { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 }

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16)
  const key = await scrypt(password.normalize('NFC'), salt, 32, PARAMS)
  return `scrypt$${PARAMS.N}$${PARAMS.r}$${PARAMS.p}$${salt.toString('base64')}$${key.toString('base64')}`
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, key] = stored.split('$')
  if (scheme !== 'scrypt' || !salt || !key) return false
  const expected = Buffer.from(key, 'base64')
  const actual = await scrypt(
    password.normalize('NFC'),
    Buffer.from(salt, 'base64'),
    expected.length,
    {
      N: Number(n),
      r: Number(r),
      p: Number(p),
      maxmem: 64 * 1024 * 1024,
    },
  )
  return timingSafeEqual(expected, actual)
}

/** A password policy a municipality's IT staff would accept: length over composition (NIST 800-63B). */
export function passwordProblem(password: string): string | null {
  if (typeof password !== 'string' || password.length < 12)
    return 'Lösenordet måste vara minst 12 tecken.'
  if (password.length > 200) return 'Lösenordet får vara högst 200 tecken.'
  return null
}

export function randomPassword(): string {
  return randomBytes(12).toString('base64url')
}
