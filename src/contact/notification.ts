import { optionLabel, productionTypes, siteLanguages } from '../fields/options'
import type { Locale } from '../i18n/locales'
import type { EnquiryInput } from './validate'

const text = {
  it: {
    subject: 'Nuova richiesta di contatto da {name}',
    name: 'Nome e cognome',
    email: 'E-mail',
    organisation: 'Produzione o organizzazione',
    productionType: 'Tipo di produzione',
    dates: 'Date o periodo',
    language: 'Lingua del sito',
    message: 'Messaggio',
    reply: 'Rispondi a questa e-mail per scrivere direttamente a {name}.',
    open: 'Apri nell’area riservata: {url}',
  },
  en: {
    subject: 'New enquiry from {name}',
    name: 'Full name',
    email: 'E-mail',
    organisation: 'Production or organisation',
    productionType: 'Production type',
    dates: 'Dates or period',
    language: 'Site language',
    message: 'Message',
    reply: 'Reply to this e-mail to write to {name} directly.',
    open: 'Open in the admin: {url}',
  },
}

export interface Notification {
  subject: string
  text: string
}

/** The coordinator's e-mail about a new enquiry, in `language`, with labels rather than stored values. */
export function enquiryNotification(
  enquiry: EnquiryInput & { id: number | string; locale: Locale },
  language: Locale,
  adminUrl: string,
): Notification {
  const t = text[language]
  const fill = (template: string, values: Record<string, string>) =>
    template.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? '')
  const line = (label: string, value: string | null | undefined) => (value ? `${label}: ${value}` : null)
  const who = enquiry.organisation ? `${enquiry.name} (${enquiry.organisation})` : enquiry.name
  return {
    subject: fill(t.subject, { name: who }),
    text: [
      line(t.name, enquiry.name),
      line(t.email, enquiry.email),
      line(t.organisation, enquiry.organisation),
      line(t.productionType, enquiry.productionType && optionLabel(productionTypes, enquiry.productionType, language)),
      line(t.dates, enquiry.dates),
      line(t.language, optionLabel(siteLanguages, enquiry.locale, language)),
      '',
      `${t.message}:`,
      enquiry.message,
      '',
      fill(t.reply, { name: enquiry.name }),
      fill(t.open, { url: adminUrl }),
    ]
      .filter((value) => value !== null)
      .join('\n'),
  }
}
