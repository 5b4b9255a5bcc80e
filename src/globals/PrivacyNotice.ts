import type { GlobalConfig } from 'payload'

import { anyone, isEditor } from '../access'
import { localizedRichText, localizedText } from '../fields/localized'
import { revalidateEverything } from '../hooks/revalidate'

/**
 * The privacy notice (informativa privacy, GDPR art. 13) shown at /it/privacy and /en/privacy and
 * linked from every page's footer and the contact form. Editors and admins write it in both
 * languages; everyone reads it. Its link is on every page, so a change refreshes every page.
 */
export const PrivacyNotice: GlobalConfig = {
  slug: 'privacy-notice',
  label: { it: 'Informativa privacy', en: 'Privacy notice' },
  access: {
    read: anyone,
    update: isEditor,
  },
  hooks: { afterChange: [revalidateEverything] },
  fields: [
    localizedText({ name: 'title', required: true, label: { it: 'Titolo', en: 'Title' } }),
    localizedRichText({ name: 'body', required: true, label: { it: 'Testo', en: 'Text' } }),
  ],
}
