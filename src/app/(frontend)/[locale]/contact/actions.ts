'use server'

import { headers } from 'next/headers'

import { submitEnquiry, type SubmitResult } from '@/contact/submit'
import { payloadClient } from '@/data/client'
import { defaultLocale, isLocale } from '@/i18n/locales'
import { clientAddressOf } from '@/security/clientAddress'

/** The contact form's server action: works with and without JavaScript. */
export async function sendEnquiry(_previous: SubmitResult | null, form: FormData): Promise<SubmitResult> {
  const requestHeaders = await headers()
  // The address our server took from the connection, never a header the client chose.
  const visitor = clientAddressOf(requestHeaders)
  const locale = form.get('locale')
  const raw = Object.fromEntries(Array.from(form.keys()).map((key) => [key, form.get(key)]))
  return submitEnquiry(await payloadClient(), raw, { visitor, locale: isLocale(locale) ? locale : defaultLocale })
}
