import type { CollectionConfig } from 'payload'

import { isEditor, nobody } from '../access'
import { enquiryLimits } from '../fields/limits'
import { enquiryStatuses, productionTypes, selectField, siteLanguages } from '../fields/options'
import { recordEnquiryErasure, recordEnquiryView } from '../privacy/accessLog'
import { deletionDate } from '../privacy/retention'

/**
 * Messages from the contact form. Personal data: only editors and admins read them, and nobody
 * creates them through the API; the site's form stores them (after validation, honeypot and rate
 * limit) with the Local API.
 */
export const Enquiries: CollectionConfig = {
  slug: 'enquiries',
  labels: {
    singular: { it: 'Richiesta di contatto', en: 'Enquiry' },
    plural: { it: 'Richieste di contatto', en: 'Enquiries' },
  },
  defaultSort: '-createdAt',
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'organisation', 'productionType', 'status', 'createdAt', 'deleteOn'],
  },
  access: {
    read: isEditor,
    create: nobody,
    update: isEditor,
    delete: isEditor,
  },
  // Who read what: staff views and erasures go to the access log (`enquiry-access`).
  hooks: {
    afterOperation: [recordEnquiryView],
    beforeDelete: [recordEnquiryErasure],
  },
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      maxLength: enquiryLimits.name,
      label: { it: 'Nome e cognome', en: 'Full name' },
    },
    { name: 'email', type: 'email', required: true, label: 'E-mail' },
    {
      name: 'organisation',
      type: 'text',
      maxLength: enquiryLimits.organisation,
      label: { it: 'Produzione o organizzazione', en: 'Production or organisation' },
    },
    selectField('productionType', productionTypes, { it: 'Tipo di produzione', en: 'Production type' }),
    {
      name: 'dates',
      type: 'text',
      maxLength: enquiryLimits.dates,
      label: { it: 'Date o periodo', en: 'Dates or period' },
    },
    {
      name: 'message',
      type: 'textarea',
      required: true,
      maxLength: enquiryLimits.message,
      label: { it: 'Messaggio', en: 'Message' },
    },
    selectField(
      'locale',
      siteLanguages,
      { it: 'Lingua del sito', en: 'Site language' },
      {
        admin: { position: 'sidebar', readOnly: true },
      },
    ),
    {
      // The form used to ask for consent (before the notice line replaced the box, GDPR art. 6(1)(b)):
      // kept, and shown, on the enquiries that gave it.
      name: 'consent',
      type: 'checkbox',
      label: { it: 'Consenso dato (modulo precedente)', en: 'Consent given (earlier form)' },
      admin: { position: 'sidebar', readOnly: true, condition: (data) => data?.consent === true },
    },
    selectField(
      'status',
      enquiryStatuses,
      { it: 'Stato', en: 'Status' },
      {
        defaultValue: 'new',
        admin: { position: 'sidebar' },
      },
    ),
    {
      // The site page the visitor was reading before the contact page (or the contact page itself):
      // a public path, nothing personal. Counted per week in the admin's Insights (issue 25).
      name: 'fromPath',
      type: 'text',
      maxLength: 300,
      label: { it: 'Inviata dalla pagina', en: 'Sent from page' },
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'notified',
      type: 'checkbox',
      defaultValue: false,
      label: { it: 'Notifica e-mail inviata', en: 'E-mail notification sent' },
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      // Computed, not stored: when the daily retention job deletes it (ENQUIRY_RETENTION_DAYS).
      name: 'deleteOn',
      type: 'date',
      virtual: true,
      label: { it: 'Verrà cancellata il', en: 'Will be deleted on' },
      admin: {
        position: 'sidebar',
        readOnly: true,
        disableListFilter: true,
        date: { pickerAppearance: 'dayOnly', displayFormat: 'd MMM yyyy' },
        description: {
          it: 'Le richieste vengono cancellate automaticamente alla fine del periodo di conservazione.',
          en: 'Enquiries are deleted automatically at the end of the retention period.',
        },
      },
      access: { create: () => false, update: () => false },
      hooks: {
        afterRead: [({ data }) => (data?.createdAt ? deletionDate(data.createdAt as string).toISOString() : null)],
      },
    },
  ],
}
