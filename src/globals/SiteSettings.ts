import type { GlobalConfig } from 'payload'

import { anyone, editorOrTranslatorInTargetLocale, editorsOnly } from '../access'
import { localizedText, localizedTextarea } from '../fields/localized'
import { revalidateEverything } from '../hooks/revalidate'

const navigationItems = [
  ['home', 'Home', 'Home'],
  ['faq', 'Domande frequenti', 'FAQ'],
  ['services', 'Servizi', 'Services'],
  ['kit', 'Kit', 'Kit'],
  ['association', 'Associazione', 'Association'],
  ['contact', 'Contatti', 'Contact'],
] as const

export const SiteSettings: GlobalConfig = {
  slug: 'site-settings',
  label: { it: 'Impostazioni del sito', en: 'Site settings' },
  access: {
    read: anyone,
    update: editorOrTranslatorInTargetLocale,
  },
  hooks: { afterChange: [revalidateEverything] },
  fields: [
    localizedText({ name: 'siteTitle', required: true, label: { it: 'Titolo del sito', en: 'Site title' } }),
    localizedText({ name: 'tagline', label: { it: 'Sottotitolo', en: 'Tagline' } }),
    localizedTextarea({ name: 'faqIntro', label: { it: 'Introduzione alle FAQ', en: 'FAQ introduction' } }),
    {
      name: 'contactEmail',
      type: 'email',
      label: { it: 'E-mail di contatto', en: 'Contact e-mail' },
      access: { update: editorsOnly },
    },
    localizedText({
      name: 'contactCallToAction',
      label: { it: 'Invito al contatto', en: 'Contact call to action' },
    }),
    {
      // Not localized itself: Postgres ignores `localized` on a group, so each leaf is localized.
      name: 'navigation',
      type: 'group',
      label: { it: 'Etichette di navigazione', en: 'Navigation labels' },
      fields: navigationItems.map(([name, it, en]) => localizedText({ name, label: { it, en } })),
    },
    localizedTextarea({ name: 'footer', label: { it: 'Piè di pagina', en: 'Footer' } }),
  ],
}
