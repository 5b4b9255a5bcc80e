import type { GlobalConfig } from 'payload'

import { anyone, editorsOnly, isEditor } from '../access'
import { localizedRichText } from '../fields/localized'
import { revalidateEverything } from '../hooks/revalidate'

/**
 * The privacy notice (informativa privacy, GDPR art. 13) at /it/privacy and /en/privacy, linked from
 * every page's footer and the contact form. Its text is built from the data controller's details in
 * the site settings (src/privacy/notice.ts); here the practice marks it reviewed and may add a
 * paragraph of its own. Its link is on every page, so a change refreshes every page.
 */
export const PrivacyNotice: GlobalConfig = {
  slug: 'privacy-notice',
  label: { it: 'Informativa privacy', en: 'Privacy notice' },
  admin: {
    // The notice as visitors read it, in the admin's editing language.
    preview: (_doc, { locale }) => `/${locale === 'en' ? 'en' : 'it'}/privacy`,
    description: {
      it: 'Il testo dell’informativa si compone dai dati del titolare (Impostazioni del sito). Rileggilo sul sito, magari con chi ti segue per la privacy, poi segnalo come verificato.',
      en: 'The notice’s text is built from the controller’s details (Site settings). Read it on the site, ideally with your privacy adviser, then mark it reviewed.',
    },
  },
  access: {
    read: anyone,
    update: isEditor,
  },
  hooks: { afterChange: [revalidateEverything] },
  fields: [
    {
      name: 'reviewed',
      type: 'checkbox',
      defaultValue: false,
      label: {
        it: 'Ho riletto l’informativa sul sito e la confermo',
        en: 'I have read the notice on the site and confirm it',
      },
      access: { update: editorsOnly },
    },
    {
      name: 'reviewedAt',
      type: 'date',
      label: { it: 'Verificata il', en: 'Reviewed on' },
      admin: { readOnly: true, condition: (data) => Boolean(data?.reviewed) },
      access: { update: () => false },
      hooks: {
        // Set when the box is ticked, cleared when it is unticked.
        beforeChange: [
          ({ siblingData, previousSiblingDoc, value }) =>
            siblingData.reviewed ? (previousSiblingDoc?.reviewed && value ? value : new Date().toISOString()) : null,
        ],
      },
    },
    localizedRichText({
      name: 'body',
      label: { it: 'Informazioni aggiuntive (facoltative)', en: 'Additional information (optional)' },
      admin: {
        description: {
          it: 'Compare in fondo all’informativa, nella sua lingua. Lascia vuoto se non serve.',
          en: 'Shown at the end of the notice, in its language. Leave empty if not needed.',
        },
      },
    }),
  ],
}
