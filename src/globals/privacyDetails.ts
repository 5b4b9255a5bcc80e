import type { Field, NumberFieldSingleValidation, TextFieldSingleValidation } from 'payload'
import { number as payloadNumber } from 'payload/shared'

import { editorsOnly } from '../access'
import { serverText } from '../errors'

/** A whole number in the field's range, or nothing ("2,5 days" of reply time means nothing). */
export const wholeNumberOrEmpty: NumberFieldSingleValidation = (value, options) => {
  if (value === null || value === undefined) return true
  if (!Number.isInteger(value)) return serverText(options.req, 'errWholeNumber')
  return payloadNumber(value, options)
}

/** An EU VAT number: an optional country prefix and 8 to 13 letters or digits ("IT12345678901"). */
const VAT = /^([A-Z]{2})?[0-9A-Z]{8,13}$/
export const normaliseVat = (value: string): string => value.replace(/[\s.-]/g, '').toUpperCase()

const validateVat: TextFieldSingleValidation = (value, { req }) =>
  !value || VAT.test(normaliseVat(value)) || serverText(req, 'errVatNumber')

const detail = (field: Field): Field => ({ ...field, access: { update: editorsOnly } }) as Field

/**
 * Who is responsible for the enquiries' data (GDPR art. 13(1)(a)) and who processes them on the
 * practice's behalf (art. 13(1)(e)): the public privacy notice is built from these, in both
 * languages (src/privacy/notice.ts). The same in both languages, so not localized.
 */
export const privacyDetails: Field = {
  type: 'collapsible',
  label: { it: 'Titolare del trattamento (informativa privacy)', en: 'Data controller (privacy notice)' },
  admin: {
    description: {
      it: 'L’informativa privacy del sito si compone da questi dati. Finché mancano nome, indirizzo ed e-mail, la lista «Pronto per la pubblicazione» nella dashboard lo segnala.',
      en: 'The site’s privacy notice is built from these details. Until name, address and e-mail are filled in, the “Ready to go live” list on the dashboard says so.',
    },
  },
  fields: [
    {
      name: 'controller',
      type: 'group',
      label: { it: 'Titolare del trattamento', en: 'Data controller' },
      fields: [
        detail({
          name: 'name',
          type: 'text',
          maxLength: 200,
          label: { it: 'Nome o ragione sociale', en: 'Name or business name' },
        }),
        detail({
          name: 'address',
          type: 'textarea',
          maxLength: 500,
          label: { it: 'Indirizzo postale', en: 'Postal address' },
        }),
        detail({ name: 'email', type: 'email', label: { it: 'E-mail per la privacy', en: 'Privacy e-mail' } }),
        detail({
          name: 'vatNumber',
          type: 'text',
          maxLength: 40,
          label: { it: 'Partita IVA (se c’è)', en: 'VAT number (if any)' },
          validate: validateVat,
          hooks: {
            beforeChange: [({ value }) => (typeof value === 'string' && value.trim() ? normaliseVat(value) : null)],
          },
        }),
        detail({ name: 'pec', type: 'email', label: { it: 'PEC (se c’è)', en: 'Certified e-mail, PEC (if any)' } }),
      ],
    },
    {
      name: 'processors',
      type: 'group',
      label: { it: 'Fornitori che trattano i dati', en: 'Providers who process the data' },
      admin: {
        description: {
          it: 'Per nome, come compaiono nel contratto (per esempio «Hetzner Online GmbH»). Il fornitore e-mail compare solo quando l’invio di e-mail è configurato.',
          en: 'By name, as in the contract (for example “Hetzner Online GmbH”). The e-mail provider is shown only when sending e-mail is set up.',
        },
      },
      fields: [
        detail({
          name: 'hosting',
          type: 'text',
          maxLength: 200,
          label: { it: 'Hosting del sito', en: 'Website hosting' },
        }),
        detail({
          name: 'email',
          type: 'text',
          maxLength: 200,
          label: { it: 'Fornitore del servizio e-mail (SMTP)', en: 'E-mail (SMTP) provider' },
        }),
      ],
    },
  ],
}
