'use server'

import { headers } from 'next/headers'

import { submitEnquiry, type SubmitResult } from '@/contact/submit'
import { payloadClient } from '@/data/client'
import { defaultLocale, isLocale } from '@/i18n/locales'

/** The contact form's server action: works with and without JavaScript. */
export async function sendEnquiry(_previous: SubmitResult | null, form: FormData): Promise<SubmitResult> {
  const requestHeaders = await headers()
  const visitor =
    requestHeaders.get('x-forwarded-for')?.split(',')[0]?.trim() || requestHeaders.get('x-real-ip') || 'unknown'
  const locale = form.get('locale')
  const raw = Object.fromEntries(Array.from(form.keys()).map((key) => [key, form.get(key)]))
  return submitEnquiry(await payloadClient(), raw, { visitor, locale: isLocale(locale) ? locale : defaultLocale })
}
