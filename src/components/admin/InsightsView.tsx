import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'

import type { AdminKey } from '../../i18n/admin'
import { AdminPage } from './AdminPage'
import { InsightsPanel, periodOf } from './InsightsPanel'

/** Admin view /admin/insights ("Statistiche"): what is read and searched, for editors and admins. */
export async function InsightsView(view: AdminViewServerProps) {
  const { req } = view.initPageResult
  const text = (key: AdminKey) => (req.i18n.t as (k: string) => string)(key)
  return (
    <AdminPage view={view}>
      <Gutter className="scena-translations">
        <h1>{text('scena:insights')}</h1>
        <InsightsPanel
          payload={req.payload}
          i18n={req.i18n}
          user={req.user}
          days={periodOf(view.searchParams?.days)}
          adminRoute={req.payload.config.routes.admin}
        />
      </Gutter>
    </AdminPage>
  )
}
