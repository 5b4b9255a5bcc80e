'use client'
import { useAuth } from '@payloadcms/ui'
import Link from 'next/link'
import { usePathname } from 'next/navigation'

import { hasRole } from '../../access/roles'
import { useAdminText } from './useAdminText'

export const privacyRequestsViewPath = '/admin/privacy-requests'

/** "Privacy requests" in the admin's navigation: admins only (the endpoints refuse others anyway). */
export function PrivacyNavLink() {
  const text = useAdminText()
  const { user } = useAuth()
  const current = usePathname() === privacyRequestsViewPath
  if (!hasRole(user, 'admin')) return null
  return (
    <Link
      className="nav__link scena-nav-link"
      href={privacyRequestsViewPath}
      aria-current={current ? 'page' : undefined}
    >
      <span className="nav__link-label">{text('scena:privacyRequests')}</span>
    </Link>
  )
}
