import { ShownText } from '@/components/Shown'
import type { EntryViewOf } from '@/data/views'
import type { Locale } from '@/i18n/locales'
import { Link } from '@/i18n/navigation'

/**
 * A service in a list of cards (the services page, the home page's glance): its title, linking
 * to its page, and its summary. `heading` is the card title's level where it is listed.
 */
export function ServiceCard({
  service,
  locale,
  heading: Heading = 'h2',
}: {
  service: EntryViewOf<'services'>
  locale: Locale
  heading?: 'h2' | 'h3'
}) {
  return (
    <li>
      <Heading>
        <Link href={{ pathname: '/services/[slug]', params: { slug: service.slugs[locale] } }}>
          <ShownText shown={service.title} locale={locale} />
        </Link>
      </Heading>
      <ShownText as="p" shown={service.summary} locale={locale} />
    </li>
  )
}
