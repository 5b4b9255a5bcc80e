import { type Period, retentionPeriod } from './retentionPeriod'

/** What the notice is built from: the site settings and the server's configuration. */
export interface NoticeFacts {
  controller: {
    name?: string | null
    address?: string | null
    email?: string | null
    vatNumber?: string | null
    pec?: string | null
  }
  processors: { hosting?: string | null; email?: string | null }
  /** The site's identity: the controller's name when none is given (a practice of one). */
  coordinatorName?: string | null
  contactEmail?: string | null
  retentionDays: number
  /** How many days an enquiry may outlive its deletion in the backups (BACKUP_KEEP nightly archives). */
  backupDays: number
  /** Whether enquiries are e-mailed to the practice (SMTP_HOST): its provider is then a recipient. */
  emailsEnquiries: boolean
  /** Cookieless page and search counts (src/insights), kept that many days; null or absent when off. */
  statistics?: { retentionDays: number } | null
}

/** One paragraph: a `Privacy` message key and its values (links are added where it is rendered). */
export interface NoticeParagraph {
  key: string
  values?: Record<string, string | number>
}
export interface NoticeSection {
  title: string
  paragraphs: NoticeParagraph[]
}

const filled = (value: string | null | undefined): string | null => (value && value.trim() ? value.trim() : null)

/**
 * The privacy notice (GDPR art. 13) as sections of message keys, from what the practice has filled
 * in: what is missing is left out, never stood in for by placeholder or draft wording (the admin's
 * launch checklist says what is missing). Both languages are built from the same facts.
 */
export function buildNotice(facts: NoticeFacts): { period: Period; sections: NoticeSection[] } {
  const name = filled(facts.controller.name) ?? filled(facts.coordinatorName)
  const address = filled(facts.controller.address)
  const email = filled(facts.controller.email) ?? filled(facts.contactEmail)
  const pec = filled(facts.controller.pec)
  const vat = filled(facts.controller.vatNumber)
  const controller: NoticeParagraph[] = name
    ? [
        { key: 'controller', values: { name } },
        ...(address ? [{ key: 'controllerAddress', values: { address: address.replace(/\s*\n\s*/g, ', ') } }] : []),
        ...(email ? [{ key: 'controllerEmail', values: { email } }] : []),
        ...(pec ? [{ key: 'controllerPec', values: { pec } }] : []),
        ...(vat ? [{ key: 'controllerVat', values: { vat } }] : []),
      ]
    : [{ key: 'controllerUnknown' }]

  const hosting = filled(facts.processors.hosting)
  const mailProvider = filled(facts.processors.email)
  const recipients: NoticeParagraph[] = [
    { key: 'recipients' },
    hosting ? { key: 'hosting', values: { hosting } } : { key: 'hostingUnnamed' },
    ...(facts.emailsEnquiries
      ? [mailProvider ? { key: 'emailProvider', values: { provider: mailProvider } } : { key: 'emailProviderUnnamed' }]
      : []),
  ]

  const period = retentionPeriod(facts.retentionDays)
  return {
    period,
    sections: [
      { title: '', paragraphs: [{ key: 'intro' }] },
      { title: 'controllerTitle', paragraphs: controller },
      { title: 'dataTitle', paragraphs: [{ key: 'data' }, { key: 'dataFromPage' }, { key: 'special' }] },
      { title: 'purposeTitle', paragraphs: [{ key: 'purpose' }] },
      {
        title: 'retentionTitle',
        paragraphs: [{ key: 'retention', values: { backupDays: facts.backupDays } }],
      },
      { title: 'recipientsTitle', paragraphs: recipients },
      // Issue 25: what the site counts about visits, when it counts.
      ...(facts.statistics
        ? [
            {
              title: 'statisticsTitle',
              paragraphs: [{ key: 'statistics', values: { days: facts.statistics.retentionDays } }],
            },
          ]
        : []),
      { title: 'rightsTitle', paragraphs: [{ key: 'rights' }] },
      { title: 'howTitle', paragraphs: [email ? { key: 'how', values: { email } } : { key: 'howContactPage' }] },
    ],
  }
}
