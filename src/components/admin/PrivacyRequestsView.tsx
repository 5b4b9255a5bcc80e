import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'

import { hasRole } from '../../access/roles'
import type { AdminKey } from '../../i18n/admin'
import { AdminPage } from './AdminPage'
import { PrivacyRequests } from './PrivacyRequests'

/** Admin view /admin/privacy-requests: find, download and erase one person's enquiries. */
export function PrivacyRequestsView(view: AdminViewServerProps) {
  const { req } = view.initPageResult
  const text = (key: AdminKey) => (req.i18n.t as (k: string) => string)(key)
  return (
    <AdminPage view={view}>
      <Gutter className="scena-privacy">
        <h1>{text('scena:privacyRequests')}</h1>
        {hasRole(req.user, 'admin') ? (
          <>
            <p>{text('scena:privacyIntro')}</p>
            <PrivacyRequests />
          </>
        ) : (
          <p role="alert">{text('scena:privacyAdminsOnly')}</p>
        )}
      </Gutter>
    </AdminPage>
  )
}
