import type { SelectField } from 'payload'

import type { Locale } from '../i18n/locales'

/**
 * The choices of every select field, with their labels in both languages: the one source read by
 * the admin (field options), the site (services, kit, contact form), the e-mail and the seed.
 */
export interface Option<V extends string = string> {
  value: V
  label: Record<Locale, string>
}

const options = <const V extends string>(list: ReadonlyArray<Option<V>>) => list

export const faqSections = options([
  { value: 'the-role', label: { it: 'Il ruolo', en: 'The role' } },
  { value: 'working-together', label: { it: 'Lavorare insieme', en: 'Working together' } },
  { value: 'training-and-associations', label: { it: 'Formazione e associazioni', en: 'Training & associations' } },
])

export const serviceContexts = options([
  { value: 'film-tv', label: { it: 'Cinema e TV', en: 'Film and TV' } },
  { value: 'stage', label: { it: 'Teatro e spettacolo dal vivo', en: 'Theatre and live performance' } },
  { value: 'workshops', label: { it: 'Workshop', en: 'Workshops' } },
  { value: 'consultancy', label: { it: 'Consulenza', en: 'Consultancy' } },
])

export const productionPhases = options([
  { value: 'pre-production', label: { it: 'Pre-produzione', en: 'Pre-production' } },
  { value: 'production', label: { it: 'Produzione', en: 'Production' } },
  { value: 'post-production', label: { it: 'Post-produzione', en: 'Post-production' } },
])

export const kitUseContexts = options([
  { value: 'set', label: { it: 'Set', en: 'Set' } },
  { value: 'stage', label: { it: 'Palcoscenico', en: 'Stage' } },
  { value: 'both', label: { it: 'Set e palcoscenico', en: 'Set and stage' } },
])

/** What the contact form asks: the kind of production an enquiry is about. */
export const productionTypes = options([
  { value: 'film', label: { it: 'Film', en: 'Film' } },
  { value: 'tv-series', label: { it: 'Serie TV', en: 'TV series' } },
  { value: 'theatre', label: { it: 'Teatro / spettacolo dal vivo', en: 'Theatre / live performance' } },
  { value: 'commercial', label: { it: 'Pubblicità', en: 'Commercial' } },
  { value: 'workshop', label: { it: 'Workshop / formazione', en: 'Workshop / training' } },
  { value: 'other', label: { it: 'Altro', en: 'Other' } },
])

/** A select field offering `list`, labelled in both languages. */
export const selectField = (
  name: string,
  list: ReadonlyArray<Option>,
  label: Record<Locale, string>,
  more: Partial<Omit<SelectField, 'name' | 'type' | 'options' | 'label'>> = {},
): SelectField => ({ ...more, name, type: 'select', options: [...list], label }) as SelectField

/** What a staff account did with an enquiry (the enquiry access log). */
export const enquiryAccessActions = options([
  { value: 'view', label: { it: 'Aperta', en: 'Viewed' } },
  { value: 'export', label: { it: 'Esportata', en: 'Exported' } },
  { value: 'erasure', label: { it: 'Cancellata', en: 'Erased' } },
])

/** Where an enquiry stands in the coordinator's handling of it. */
export const enquiryStatuses = options([
  { value: 'new', label: { it: 'Nuova', en: 'New' } },
  { value: 'answered', label: { it: 'Risposta inviata', en: 'Answered' } },
  { value: 'archived', label: { it: 'Archiviata', en: 'Archived' } },
])

/** The site's languages, named in the language of whoever reads the label. */
export const siteLanguages = options([
  { value: 'it', label: { it: 'Italiano', en: 'Italian' } },
  { value: 'en', label: { it: 'Inglese', en: 'English' } },
])

/** The production type a service's first context suggests, pre-selected when its reader gets in touch. */
export const productionTypeForContext: Partial<
  Record<(typeof serviceContexts)[number]['value'], (typeof productionTypes)[number]['value']>
> = { 'film-tv': 'film', stage: 'theatre', workshops: 'workshop' }

export const valuesOf = <V extends string>(list: ReadonlyArray<Option<V>>): V[] => list.map((o) => o.value)

/** The label of `value` in `locale`; an unknown value (removed from the list since) shows as it is. */
export const optionLabel = (list: ReadonlyArray<Option>, value: string, locale: Locale): string =>
  list.find((o) => o.value === value)?.label[locale] ?? value
