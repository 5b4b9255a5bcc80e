import type { ReactNode } from 'react'

import type { FieldStatus } from '../../translation/status'

/** A status pill; the colour repeats what the text says, never replaces it. */
export function StatusBadge({ status, children }: { status: FieldStatus | 'unknown'; children: ReactNode }) {
  return <span className={`scena-badge scena-badge--${status}`}>{children}</span>
}
