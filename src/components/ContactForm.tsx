import { getTranslations } from 'next-intl/server'

import { type ContactFormText, MINUTES } from '@/contact/formText'
import type { EnquiryError } from '@/contact/validate'
import type { Locale } from '@/i18n/locales'

import { type ContactAction, ContactFormFields } from './ContactFormFields'

const productionTypes = ['film', 'tv-series', 'theatre', 'commercial', 'workshop', 'other'] as const
const errorCodes: EnquiryError[] = ['required', 'email', 'tooLong', 'consent', 'choice']

/**
 * The contact form. Its texts are formatted here on the server and handed to the client fields as
 * plain strings: the page carries just the form's own texts, and the browser no i18n library.
 */
export async function ContactForm({
  action,
  locale,
  privacyHref,
}: {
  action: ContactAction
  locale: Locale
  /** The privacy notice in the visitor's language, linked from the consent label. */
  privacyHref: string
}) {
  const t = await getTranslations({ locale, namespace: 'Contact.form' })
  return <ContactFormFields action={action} locale={locale} text={contactFormText(t, privacyHref)} />
}

type FormTranslator = Awaited<ReturnType<typeof getTranslations<'Contact.form'>>>

/** The form's texts from its messages (`Contact.form`), the consent label linking to `privacyHref`. */
export function contactFormText(t: FormTranslator, privacyHref: string): ContactFormText {
  return {
    name: t('name'),
    email: t('email'),
    organisation: t('organisation'),
    productionType: t('productionType'),
    chooseType: t('chooseType'),
    types: productionTypes.map((type) => [type, t(`types.${type}`)]),
    dates: t('dates'),
    datesHint: t('datesHint'),
    message: t('message'),
    consent: t.rich('consent', { link: (chunks) => <a href={privacyHref}>{chunks}</a> }),
    send: t('send'),
    sending: t('sending'),
    sent: t('sent'),
    fixErrors: t('fixErrors'),
    rateLimited: t('rateLimited', { minutes: MINUTES }),
    failed: t('failed'),
    errors: Object.fromEntries(errorCodes.map((code) => [code, t(`errors.${code}`)])) as Record<EnquiryError, string>,
  }
}
