import type { Field, GlobalConfig } from 'payload'

import { anyone, editorOrTranslatorInTargetLocale, editorsOnly } from '../access'
import { accentColourField, DEFAULT_ACCENT } from '../fields/accentColour'
import { FEATURED_QUESTIONS } from '../fields/limits'
import { localizedText, localizedTextarea } from '../fields/localized'
import { revalidateEverything } from '../hooks/revalidate'
import { settingsPages } from '../routing/paths'
import { privacyDetails, wholeNumberOrEmpty } from './privacyDetails'

/** An optional image from the media library, the same in both languages (editors only). */
const identityImage = (name: string, label: { it: string; en: string }, description?: { it: string; en: string }) =>
  ({
    name,
    type: 'upload',
    relationTo: 'media',
    label,
    access: { update: editorsOnly },
    admin: description ? { description } : undefined,
  }) satisfies Field

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
      admin: {
        description: {
          it: 'Compare nella pagina Contatti come link e riceve l’avviso di ogni nuova richiesta.',
          en: 'Shown on the Contact page as a link, and receives the notice of every new enquiry.',
        },
      },
    },
    {
      name: 'replyWorkingDays',
      type: 'number',
      min: 1,
      max: 30,
      label: { it: 'Tempo di risposta (giorni lavorativi)', en: 'Reply time (working days)' },
      access: { update: editorsOnly },
      admin: {
        step: 1,
        description: {
          it: 'Nella pagina Contatti: «Rispondo di solito entro 2 giorni lavorativi». Vuoto: la frase non compare.',
          en: 'On the Contact page: “I usually reply within 2 working days”. Empty: the sentence is not shown.',
        },
      },
      validate: wholeNumberOrEmpty,
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
      // A label for each page in the header menu, under the page's name (src/routing/table.ts).
      fields: settingsPages('navigation').map(({ name, label }) => localizedText({ name, label })),
    },
    localizedTextarea({ name: 'footer', label: { it: 'Piè di pagina', en: 'Footer' } }),
    {
      type: 'collapsible',
      label: { it: 'Chi sei', en: 'Who you are' },
      admin: {
        description: {
          it: 'Compare in cima alla home page e nelle anteprime dei link condivisi.',
          en: 'Shown at the top of the home page and in the previews of shared links.',
        },
      },
      fields: [
        {
          name: 'coordinatorName',
          type: 'text',
          maxLength: 80,
          label: { it: 'Nome', en: 'Name' },
          access: { update: editorsOnly },
          admin: {
            description: {
              it: 'Il tuo nome e cognome. Finché è vuoto, il sito non mostra alcun nome.',
              en: 'Your full name. While it is empty, the site shows no name.',
            },
          },
        },
        localizedText({
          name: 'role',
          maxLength: 120,
          label: { it: 'Ruolo', en: 'Role' },
          admin: {
            description: {
              it: 'Una riga sotto il nome, per esempio «Intimacy coordinator per cinema, serie e teatro».',
              en: 'One line under the name, for example “Intimacy coordinator for film, series and theatre”.',
            },
          },
        }),
        {
          name: 'homeQuestions',
          type: 'relationship',
          relationTo: 'faqs',
          hasMany: true,
          maxRows: FEATURED_QUESTIONS,
          label: { it: 'Domande in evidenza nella home', en: 'Questions featured on the home page' },
          access: { update: editorsOnly },
          admin: {
            description: {
              // The count from src/fields/limits.ts, which the home page shows.
              it: `Al massimo ${FEATURED_QUESTIONS}. Se non ne scegli nessuna, la home mostra le prime ${FEATURED_QUESTIONS} domande.`,
              en: `At most ${FEATURED_QUESTIONS}. If you choose none, the home page shows the first ${FEATURED_QUESTIONS} questions.`,
            },
          },
        },
      ],
    },
    privacyDetails,
    {
      type: 'collapsible',
      label: { it: 'Identità visiva', en: 'Visual identity' },
      admin: {
        description: {
          it: 'Tutto facoltativo: senza immagini il sito usa il titolo come marchio e forme decorative.',
          en: 'All optional: without images the site uses its title as a wordmark, with decorative shapes.',
        },
      },
      fields: [
        accentColourField({
          name: 'accentColour',
          label: { it: 'Colore principale', en: 'Accent colour' },
          access: { update: editorsOnly },
          admin: {
            placeholder: DEFAULT_ACCENT,
            description: {
              it: `Link e pulsanti, in esadecimale (per esempio ${DEFAULT_ACCENT}). Deve leggersi bene sullo sfondo chiaro: i colori troppo chiari vengono rifiutati. Vuoto: ${DEFAULT_ACCENT}.`,
              en: `Links and buttons, in hexadecimal (for example ${DEFAULT_ACCENT}). It must read well on the light background: colours that are too light are refused. Empty: ${DEFAULT_ACCENT}.`,
            },
          },
        }),
        identityImage(
          'logo',
          { it: 'Logo', en: 'Logo' },
          {
            it: 'Al posto del titolo nell’intestazione. Meglio largo e basso, su sfondo trasparente.',
            en: 'Replaces the title in the header. Best wide and short, on a transparent background.',
          },
        ),
        identityImage(
          'portrait',
          { it: 'Ritratto', en: 'Portrait' },
          {
            it: 'Una tua foto per la home page, accanto al nome.',
            en: 'A photo of you for the home page, next to your name.',
          },
        ),
        {
          name: 'heroImages',
          type: 'group',
          label: { it: 'Immagini di apertura', en: 'Header images' },
          admin: {
            description: {
              it: 'Un’immagine in cima a ciascun tipo di pagina, se vuoi.',
              en: 'An image at the top of each kind of page, if you want one.',
            },
          },
          // One for each page that may open with an image, under its name (src/routing/table.ts).
          fields: settingsPages('hero').map(({ name, label }) => identityImage(name, label)),
        },
      ],
    },
  ],
}
