'use client'
import Link from 'next/link'
import { usePathname } from 'next/navigation'

import { useAdminText } from './useAdminText'

export const translationsViewPath = '/admin/translations'

/** The "Translations" entry in the admin's navigation, after the collections. */
export function TranslationsNavLink() {
  const text = useAdminText()
  const current = usePathname() === translationsViewPath
  return (
    <Link className="nav__link scena-nav-link" href={translationsViewPath} aria-current={current ? 'page' : undefined}>
      <span className="nav__link-label">{text('scena:translations')}</span>
    </Link>
  )
}
