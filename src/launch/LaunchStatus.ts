import type { GlobalConfig } from 'payload'

import { isAdmin } from '../access'

/**
 * What the launch checklist cannot read from the configuration: the outcome of the last test e-mail
 * sent from the admin (who received it, when, or why it failed). Written by the server only.
 */
export const LaunchStatus: GlobalConfig = {
  slug: 'launch-status',
  label: { it: 'Stato del lancio', en: 'Launch status' },
  admin: { hidden: true },
  access: { read: isAdmin, update: () => false },
  fields: [
    { name: 'testEmailAt', type: 'date' },
    { name: 'testEmailTo', type: 'text' },
    { name: 'testEmailFailureAt', type: 'date' },
    { name: 'testEmailError', type: 'text' },
  ],
}
