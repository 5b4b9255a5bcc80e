import { createReadStream, createWriteStream } from 'node:fs'
import fs from 'node:fs/promises'
import { Readable } from 'node:stream'
import type { ReadableStream as WebReadableStream } from 'node:stream/web'
import { pipeline } from 'node:stream/promises'

import { Decrypter, Encrypter } from 'age-encryption'
import { env } from '../env'

/**
 * Backups encrypted to the public keys of BACKUP_RECIPIENTS, in the format of the `age` tool
 * (through the maintained `age-encryption` library): the server holds no key that opens them, and
 * `age -d -i key.txt FILE` gives back the `.tar.gz`.
 */
export const ENCRYPTED_SUFFIX = '.age'
const AGE_HEADER = 'age-encryption.org/v1'

/** The age public keys of `value` (BACKUP_RECIPIENTS: separated by spaces, commas or lines). */
export function backupRecipients(value = env.BACKUP_RECIPIENTS): string[] {
  const recipients = (value ?? '').split(/[\s,]+/).filter(Boolean)
  const bad = recipients.find((recipient) => !/^age1(pq1)?[02-9ac-hj-np-z]+$/.test(recipient))
  if (bad)
    throw new Error(
      `BACKUP_RECIPIENTS: "${bad.slice(0, 20)}" is not an age public key (age1…, as \`age-keygen\` prints it).`,
    )
  return recipients
}

/** The private keys (AGE-SECRET-KEY-1…) of an identity file as `age-keygen` writes it. */
export const identitiesIn = (text: string): string[] =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.startsWith('AGE-SECRET-KEY-'))

const webStream = (file: string) => Readable.toWeb(createReadStream(file)) as unknown as ReadableStream<Uint8Array>
const write = (stream: ReadableStream<Uint8Array>, file: string) =>
  pipeline(Readable.fromWeb(stream as unknown as WebReadableStream<Uint8Array>), createWriteStream(file))

export async function encryptFile(source: string, target: string, recipients: string[]): Promise<void> {
  const encrypter = new Encrypter()
  for (const recipient of recipients) encrypter.addRecipient(recipient)
  await write(await encrypter.encrypt(webStream(source)), target)
}

/** Decrypts `source` into `target`; throws when none of the identities opens it. */
export async function decryptFile(source: string, target: string, identities: string[]): Promise<void> {
  const decrypter = new Decrypter()
  for (const identity of identities) decrypter.addIdentity(identity)
  await write(await decrypter.decrypt(webStream(source)), target)
}

export async function isEncrypted(file: string): Promise<boolean> {
  const handle = await fs.open(file)
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(AGE_HEADER.length), 0, AGE_HEADER.length, 0)
    return buffer.subarray(0, bytesRead).toString('latin1') === AGE_HEADER
  } finally {
    await handle.close()
  }
}
