'use client'
import { useTranslation } from '@payloadcms/ui'

import type { AdminKey } from '../../i18n/admin'

/** The admin's strings in the signed-in user's admin language (see src/i18n/admin.ts). */
export function useAdminText() {
  const { t } = useTranslation()
  return (key: AdminKey, vars?: Record<string, unknown>) =>
    (t as (k: string, v?: Record<string, unknown>) => string)(key, vars)
}
