import type { CollectionConfig, Field, FieldAccess, NumberField, SelectField } from 'payload'

import { authenticated, isEditor } from '../access'
import { locales } from '../i18n/locales'
import { refreshRedirectAfterChange, refreshRedirectAfterDelete } from '../redirects/refresh'
import { followsAnEntry, normaliseFrom, normaliseTo, validateFrom, validateTo } from '../redirects/validate'
import { entryPageCollections } from '../redirects/pages'

/** Only the content hooks write which entry a redirect follows (through the Local API). */
const writtenByTheSite: FieldAccess = () => false

/** A field saying which entry an automatic redirect follows: shown, read-only, in its sidebar. */
const entryField = (field: SelectField | NumberField): Field => ({
  ...field,
  access: { create: writtenByTheSite, update: writtenByTheSite },
  admin: { readOnly: true, position: 'sidebar', condition: followsAnEntry },
})

/**
 * Old addresses that answer 301. Automatic ones follow an entry's former slug in one language: the
 * target is the entry's current address there, looked up when someone asks (so a chain of renames
 * always lands on the newest). Hand-made ones send an address outside the content (an old site's
 * `/faq.html`) to a path of this site. Staff read them; editors and admins write them.
 */
export const Redirects: CollectionConfig = {
  slug: 'redirects',
  labels: {
    singular: { it: 'Reindirizzamento', en: 'Redirect' },
    plural: { it: 'Reindirizzamenti', en: 'Redirects' },
  },
  defaultSort: 'from',
  admin: {
    useAsTitle: 'from',
    defaultColumns: ['from', 'to', 'entryCollection', 'entryId', 'entryLocale', 'updatedAt'],
    description: {
      it: 'Vecchi indirizzi che portano alla pagina giusta (301). Quelli di una voce il cui slug è cambiato si creano da soli; qui aggiungi quelli di indirizzi fuori dai contenuti, per esempio /faq.html del vecchio sito.',
      en: 'Old addresses that lead to the right page (301). Those of an entry whose slug changed are made automatically; add here those of addresses outside the content, such as the old site’s /faq.html.',
    },
  },
  access: { read: authenticated, create: isEditor, update: isEditor, delete: isEditor },
  hooks: { afterChange: [refreshRedirectAfterChange], afterDelete: [refreshRedirectAfterDelete] },
  fields: [
    {
      name: 'from',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      label: { it: 'Da (vecchio indirizzo)', en: 'From (old address)' },
      admin: {
        description: {
          it: 'Un percorso di questo sito che non è una pagina, per esempio /faq.html.',
          en: 'A path of this site that is not a page, for example /faq.html.',
        },
      },
      validate: validateFrom,
      hooks: { beforeValidate: [normaliseFrom] },
    },
    {
      name: 'to',
      type: 'text',
      label: { it: 'A (nuovo indirizzo)', en: 'To (new address)' },
      admin: {
        description: {
          it: 'Un percorso di questo sito, per esempio /it/domande-frequenti.',
          en: 'A path of this site, for example /en/faq.',
        },
        condition: (data) => !followsAnEntry(data),
      },
      validate: validateTo,
      hooks: { beforeValidate: [normaliseTo] },
    },
    entryField({
      name: 'entryCollection',
      type: 'select',
      label: { it: 'Collezione della voce', en: 'Entry’s collection' },
      options: entryPageCollections.map((value) => ({ label: value, value })),
    }),
    entryField({ name: 'entryId', type: 'number', index: true, label: { it: 'Voce', en: 'Entry' } }),
    entryField({
      name: 'entryLocale',
      type: 'select',
      label: { it: 'Lingua', en: 'Language' },
      options: locales.map((value) => ({ label: value, value })),
    }),
  ],
}
