import type { Payload } from 'payload'
import { afterAll, beforeAll } from 'vitest'

import { closePayload, testPayload } from './payload'
import { signIn } from './users'

export interface Staff {
  payload: Payload
  /** REST tokens of a signed-in editor and translator. */
  editor: string
  translator: string
}

/** Payload and signed-in editor and translator for one test file: set up before, closed after. */
export function withStaff(): Staff {
  const staff = { editor: '', translator: '' } as Staff
  beforeAll(async () => {
    staff.payload = await testPayload()
    staff.editor = (await signIn(staff.payload, 'editor')).token
    staff.translator = (await signIn(staff.payload, 'translator')).token
  })
  afterAll(() => closePayload(staff.payload))
  return staff
}
