import type { Payload } from 'payload'

import type { Role } from '../../../src/access/roles'
import { rest } from './rest'

const PASSWORD = 'correct-horse-battery-staple'

/** Creates (once) a user with the given role and signs in through the REST login endpoint. */
export async function signIn(payload: Payload, role: Role): Promise<{ token: string; id: number | string }> {
  const email = `${role}@test.scena.local`
  const existing = await payload.find({
    collection: 'users',
    where: { email: { equals: email } },
    overrideAccess: true,
  })
  if (existing.docs.length === 0) {
    await payload.create({ collection: 'users', data: { email, password: PASSWORD, role }, overrideAccess: true })
  }
  const res = await rest('POST', '/api/users/login', { body: { email, password: PASSWORD } })
  if (res.status !== 200 || !res.json?.token) throw new Error(`login as ${role} failed: ${res.status} ${res.text}`)
  return { token: res.json.token as string, id: res.json.user.id }
}
