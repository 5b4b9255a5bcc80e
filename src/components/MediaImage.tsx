import { getImageProps } from 'next/image'

import type { ImageView } from '@/data/views'
import type { Locale } from '@/i18n/locales'

/**
 * A responsive image from the media library, with its alternative text in the page's language:
 * next/image's markup (sizes through Next's image optimizer, width and height against layout
 * shift, lazy loading) as a plain `<img>` from `getImageProps`, so no client component is needed.
 */
export function MediaImage({ image, locale, sizes }: { image: ImageView | null; locale: Locale; sizes: string }) {
  if (!image) return null
  const { props } = getImageProps({
    src: image.url,
    width: image.width,
    height: image.height,
    sizes,
    alt: image.alt?.value ?? '',
    className: 'media-image',
  })
  // next/image's own markup (getImageProps), without its client component.
  // eslint-disable-next-line @next/next/no-img-element
  return <img {...props} lang={image.alt && image.alt.lang !== locale ? image.alt.lang : undefined} />
}
