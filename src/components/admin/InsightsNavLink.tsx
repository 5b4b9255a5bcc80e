'use client'
import { useAuth } from '@payloadcms/ui'
import Link from 'next/link'
import { usePathname } from 'next/navigation'

import { hasRole } from '../../access/roles'
import { useAdminText } from './useAdminText'

export const insightsViewPath = '/admin/insights'

/** "Statistiche" / "Insights" in the admin's navigation: editors and admins (the API refuses others anyway). */
export function InsightsNavLink() {
  const text = useAdminText()
  const { user } = useAuth()
  const current = usePathname() === insightsViewPath
  if (!hasRole(user, 'admin', 'editor')) return null
  return (
    <Link className="nav__link scena-nav-link" href={insightsViewPath} aria-current={current ? 'page' : undefined}>
      <span className="nav__link-label">{text('scena:insights')}</span>
    </Link>
  )
}
