import { getImageProps } from 'next/image'

import type { ImageView } from '@/data/views'
import type { Locale } from '@/i18n/locales'

/**
 * A responsive image from the media library, with its alternative text in the page's language:
 * next/image's markup (sizes through Next's image optimizer, width and height against layout
 * shift, lazy loading) as a plain `<img>` from `getImageProps`, so no client component is needed.
 * `alt` replaces the media's own text where the image stands for something else (a logo in a link
 * names the site); `priority` is for an image at the top of the page, which must not wait.
 */
export function MediaImage({
  image,
  locale,
  sizes,
  alt,
  priority = false,
  className = 'media-image',
}: {
  image: ImageView | null
  locale: Locale
  sizes: string
  alt?: string
  priority?: boolean
  className?: string
}) {
  if (!image) return null
  const { props } = getImageProps({
    src: image.url,
    width: image.width,
    height: image.height,
    sizes,
    alt: alt ?? image.alt?.value ?? '',
    className,
    priority,
  })
  const altLang = alt === undefined && image.alt && image.alt.lang !== locale ? image.alt.lang : undefined
  // next/image's own markup (getImageProps), without its client component.
  // eslint-disable-next-line @next/next/no-img-element
  return <img {...props} lang={altLang} />
}
