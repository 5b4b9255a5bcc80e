import { getTranslations } from 'next-intl/server'

import { type ContactFormText, MINUTES } from '@/contact/formText'
import type { EnquiryError } from '@/contact/validate'
import { productionTypes } from '@/fields/options'
import type { Locale } from '@/i18n/locales'

import { type ContactAction, ContactFormFields } from './ContactFormFields'

const errorCodes: EnquiryError[] = ['required', 'email', 'tooLong', 'choice']

/** The `Contact.form` messages' translator (next-intl's on the server, use-intl's in tests). */
type FormTranslator = Awaited<ReturnType<typeof getTranslations<'Contact.form'>>>

/** The form's texts in `locale`, formatted for the client fields. */
export function contactFormText(t: FormTranslator, locale: Locale, privacyHref: string): ContactFormText {
  return {
    name: t('name'),
    email: t('email'),
    organisation: t('organisation'),
    productionType: t('productionType'),
    chooseType: t('chooseType'),
    types: productionTypes.map((type) => [type.value, type.label[locale]]),
    dates: t('dates'),
    datesHint: t('datesHint'),
    messageHint: t('messageHint'),
    message: t('message'),
    required: t('required'),
    notice: t.rich('notice', { link: (chunks) => <a href={privacyHref}>{chunks}</a> }),
    send: t('send'),
    sending: t('sending'),
    sent: t('sent'),
    fixErrors: t('fixErrors'),
    // The wait is known only in the browser: both plural forms go there (Italian and English have
    // just "one" and "other"), the number stood for by MINUTES.
    rateLimited: {
      one: t('rateLimited', { minutes: 1 }),
      other: t('rateLimited', { minutes: 2 }).replace('2', MINUTES),
    },
    failed: t('failed'),
    errors: Object.fromEntries(errorCodes.map((code) => [code, t(`errors.${code}`)])) as Record<EnquiryError, string>,
  }
}

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
  /** The privacy notice in the visitor's language, linked from the line under the form. */
  privacyHref: string
}) {
  const t = await getTranslations({ locale, namespace: 'Contact.form' })
  return <ContactFormFields action={action} locale={locale} text={contactFormText(t, locale, privacyHref)} />
}
