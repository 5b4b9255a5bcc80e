import Image from 'next/image'

import type { ImageView } from '@/data/views'
import type { Locale } from '@/i18n/locales'

/** A responsive image from the media library, with its alternative text in the page's language. */
export function MediaImage({ image, locale, sizes }: { image: ImageView | null; locale: Locale; sizes: string }) {
  if (!image) return null
  return (
    <Image
      src={image.url}
      width={image.width}
      height={image.height}
      sizes={sizes}
      alt={image.alt?.value ?? ''}
      lang={image.alt && image.alt.lang !== locale ? image.alt.lang : undefined}
      className="media-image"
    />
  )
}
