import { describe, expect, it } from 'vitest'

import { answerKnownErrors } from '../../src/api/afterError'
import { rest } from './support/rest'
import { sample, uniqueTag } from './support/samples'
import { withStaff } from './support/staff'

/**
 * Payload's own refusals (Forbidden, NotFound, ValidationError, QueryError, AuthenticationError, an
 * unknown API route) carry a stable code in `errors[0].data.code` as ours do, through the real REST
 * handlers; their status and their message, in the caller's language, stay Payload's.
 */
const staff = withStaff()
const italian = { 'Accept-Language': 'it' }

describe('Payload’s own refusals carry a stable code', () => {
  it('403: an anonymous write, in either language', async () => {
    const body = sample('faqs', 'it', uniqueTag())
    const english = await rest('POST', '/api/faqs', { body })
    expect(english.status).toBe(403)
    expect(english.json.errors).toEqual([
      { message: 'You are not allowed to perform this action.', data: { code: 'apiForbidden' } },
    ])
    const inItalian = await rest('POST', '/api/faqs', { body, headers: italian })
    expect(inItalian.status).toBe(403)
    expect(inItalian.json.errors).toEqual([
      { message: 'Non sei autorizzato a eseguire questa azione.', data: { code: 'apiForbidden' } },
    ])
  })

  it('404: an entry that does not exist, and an API route that does not', async () => {
    const entry = await rest('GET', '/api/faqs/999999999')
    expect(entry.status).toBe(404)
    expect(entry.json.errors).toEqual([{ message: 'Not found', data: { code: 'apiNotFound' } }])
    const deleted = await rest('DELETE', '/api/faqs/999999999', { token: staff.editor })
    expect(deleted.status).toBe(404)
    expect(deleted.json.errors[0].data).toEqual({ code: 'apiNotFound' })
    // Answered by Payload's router without an error: its `message` stays where it was.
    const route = await rest('GET', '/api/no-such-route')
    expect(route.status).toBe(404)
    expect(route.json).toEqual({
      message: 'Route not found "/api/no-such-route"',
      errors: [{ message: 'Route not found "/api/no-such-route"', data: { code: 'apiNotFound' } }],
    })
  })

  it('400: invalid fields keep the list the admin marks on the form; a path that cannot be queried', async () => {
    const invalid = await rest('POST', '/api/faqs?locale=it', {
      token: staff.editor,
      body: { _status: 'published' },
      headers: italian,
    })
    expect(invalid.status).toBe(400)
    expect(invalid.json.errors[0].message).toMatch(/^I seguenti campi non sono validi/)
    expect(invalid.json.errors[0].data).toMatchObject({
      code: 'apiInvalidFields',
      collection: 'faqs',
      errors: expect.arrayContaining([expect.objectContaining({ path: 'question' })]),
    })
    const query = await rest('GET', '/api/faqs?where[notAField][equals]=1')
    expect(query.status).toBe(400)
    expect(query.json.errors[0].data).toEqual({ code: 'apiUnqueryablePaths', errors: [{ path: 'notAField' }] })
  })

  it('401: a failed sign-in', async () => {
    const res = await rest('POST', '/api/users/login', { body: { email: 'nobody@test.scena.local', password: 'x' } })
    expect(res.status).toBe(401)
    expect(res.json.errors[0].data).toEqual({ code: 'apiUnauthorized' })
  })

  it('our own refusals keep theirs', async () => {
    const res = await rest('GET', '/api/translation-status')
    expect(res.status).toBe(401)
    expect(res.json.errors[0].data).toEqual({ code: 'errSignIn' })
  })

  it('by status, not by class: a production build’s names are minified and its classes other copies', async () => {
    const minified = (status: number, data?: unknown) =>
      Object.assign(new Error('Said by Payload.'), { name: 'e', status, ...(data === undefined ? {} : { data }) })
    const answer = async (error: Error) => (await answerKnownErrors({ error, req: {}, context: {} } as never)) ?? {}
    expect(await answer(minified(403))).toEqual({
      status: 403,
      response: { errors: [{ message: 'Said by Payload.', data: { code: 'apiForbidden' } }] },
    })
    expect(await answer(minified(404))).toMatchObject({ response: { errors: [{ data: { code: 'apiNotFound' } }] } })
    expect(await answer(minified(423))).toMatchObject({ response: { errors: [{ data: { code: 'apiLocked' } }] } })
    expect(await answer(minified(418))).toMatchObject({ response: { errors: [{ data: { code: 'apiRefused' } }] } })
    const fields = { collection: 'faqs', errors: [{ path: 'question', message: 'Required.' }] }
    expect(await answer(minified(400, fields))).toEqual({
      status: 400,
      response: { errors: [{ name: 'e', message: 'Said by Payload.', data: { ...fields, code: 'apiInvalidFields' } }] },
    })
  })
})
