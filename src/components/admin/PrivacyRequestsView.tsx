import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'

import { hasRole } from '../../access/roles'
import type { AdminKey } from '../../i18n/admin'
import { PrivacyRequests } from './PrivacyRequests'

/** Admin view /admin/privacy-requests: find, download and erase one person's enquiries. */
export function PrivacyRequestsView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, permissions, visibleEntities, locale } = initPageResult
  const { payload, i18n } = req
  const text = (key: AdminKey) => (i18n.t as (k: string) => string)(key)
  return (
    <DefaultTemplate
      i18n={i18n}
      locale={locale}
      params={params}
      payload={payload}
      permissions={permissions}
      searchParams={searchParams}
      user={req.user ?? undefined}
      visibleEntities={visibleEntities}
    >
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
    </DefaultTemplate>
  )
}
