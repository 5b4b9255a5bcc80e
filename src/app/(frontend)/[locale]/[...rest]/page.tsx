import { notFound } from 'next/navigation'

/** Any path the site does not know renders the localized 404 page. */
export default function CatchAll() {
  notFound()
}
