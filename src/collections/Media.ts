import path from 'node:path'
import type { CollectionConfig } from 'payload'

import { anyone, editorOrTranslatorInTargetLocale, isEditor } from '../access'
import { localizedText } from '../fields/localized'
import { env } from '../env'

/** Raster images only: SVG can carry script. */
export const imageMimeTypes = ['image/jpeg', 'image/png', 'image/webp', 'image/avif', 'image/gif']

export const Media: CollectionConfig = {
  slug: 'media',
  labels: {
    singular: { it: 'Immagine', en: 'Image' },
    plural: { it: 'Immagini', en: 'Images' },
  },
  access: {
    read: anyone,
    create: isEditor,
    update: editorOrTranslatorInTargetLocale,
    delete: isEditor,
  },
  upload: {
    // Relative to the folder the server runs in (the project's, for npm run dev and npm start), as the
    // backup reads it (src/backup/settings.ts); never to where the build was made.
    staticDir: path.resolve(env.MEDIA_DIR),
    mimeTypes: imageMimeTypes,
    // Pasting a remote URL would make the server fetch arbitrary addresses.
    pasteURL: false,
    formatOptions: { format: 'webp', options: { quality: 82 } },
    imageSizes: [
      { name: 'thumbnail', width: 320, height: 320, position: 'centre', formatOptions: { format: 'webp' } },
      { name: 'card', width: 768, formatOptions: { format: 'webp' } },
      { name: 'hero', width: 1600, formatOptions: { format: 'webp' } },
    ],
    adminThumbnail: 'thumbnail',
  },
  fields: [
    localizedText({
      name: 'alt',
      required: true,
      label: { it: 'Testo alternativo', en: 'Alternative text' },
      admin: {
        description: {
          it: 'Descrive l’immagine a chi non la vede.',
          en: 'Describes the image to people who cannot see it.',
        },
      },
    }),
  ],
}
