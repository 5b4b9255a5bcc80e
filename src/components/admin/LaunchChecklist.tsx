import type { ServerProps } from 'payload'

import { hasRole } from '../../access/roles'
import { smtpConfigured } from '../../contact/smtp'
import { dateFormatIn } from '../../i18n/dates'
import type { AdminKey } from '../../i18n/admin'
import { type LaunchItemId, type LaunchNote, launchChecklist } from '../../launch/checks'
import { testEmailRecipient } from '../../launch/testEmail'
import { LaunchTestEmail } from './LaunchTestEmail'

const titles: Record<LaunchItemId, AdminKey> = {
  siteUrl: 'scena:launchItemSiteUrl',
  secret: 'scena:launchItemSecret',
  privacy: 'scena:launchItemPrivacy',
  contactEmail: 'scena:launchItemContactEmail',
  email: 'scena:launchItemEmail',
  backup: 'scena:launchItemBackup',
  identity: 'scena:launchItemIdentity',
  english: 'scena:launchItemEnglish',
}

/**
 * On the admin dashboard, for admins: "Ready to go live", every launch check with its state in
 * words (never colour alone), why, and where to fix it. Hidden once every item holds.
 */
export async function LaunchChecklist({ payload, i18n, user }: ServerProps) {
  if (!user || !hasRole(user, 'admin')) return null
  const items = await launchChecklist(payload)
  const ready = items.filter((item) => item.ok).length
  if (ready === items.length) return null

  const t = (key: AdminKey, vars?: Record<string, unknown>) =>
    (i18n.t as (k: string, v?: Record<string, unknown>) => string)(key, vars)
  const dateFormat = dateFormatIn(i18n.language, { dateStyle: 'long', timeStyle: 'short' })
  const listFormat = new Intl.ListFormat(dateFormat.resolvedOptions().locale, { style: 'long', type: 'conjunction' })
  const sentence = ({ key, vars, dates, list }: LaunchNote) =>
    t(key, {
      ...vars,
      ...Object.fromEntries(Object.entries(dates ?? {}).map(([name, iso]) => [name, dateFormat.format(new Date(iso))])),
      ...(list ? { list: listFormat.format(list.map((k) => t(k))), count: list.length } : {}),
    })
  const recipient = smtpConfigured()
    ? await testEmailRecipient(payload, String((user as { email?: unknown }).email ?? ''))
    : null

  return (
    <section className="scena-launch" aria-labelledby="scena-launch-title">
      <h2 id="scena-launch-title">{t('scena:launchTitle')}</h2>
      <p>{t('scena:launchIntro')}</p>
      <p className="scena-launch__count">{t('scena:launchReadyCount', { count: ready, total: items.length })}</p>
      <ul className="scena-launch__items">
        {items.map((item) => (
          <li key={item.id} className={`scena-launch__item scena-launch__item--${item.ok ? 'done' : 'todo'}`}>
            <p className="scena-launch__head">
              {/* The word carries the state; the mark only repeats it. */}
              <span className="scena-launch__state">
                <span aria-hidden="true">{item.ok ? '✓' : '✗'}</span>{' '}
                {t(item.ok ? 'scena:launchDone' : 'scena:launchToDo')}
              </span>{' '}
              <strong>{t(titles[item.id])}</strong>
            </p>
            {item.notes.map((note) => (
              <p key={note.key} className="scena-launch__note">
                {sentence(note)}
                {note.link ? (
                  <>
                    {' '}
                    <a href={note.link.href}>{t(note.link.text)}</a>
                  </>
                ) : null}
              </p>
            ))}
            {item.entries?.length ? (
              <ul className="scena-launch__entries">
                {item.entries.map((entry) => (
                  <li key={entry.href}>
                    <a href={entry.href} lang="it">
                      {entry.title}
                    </a>
                  </li>
                ))}
              </ul>
            ) : null}
            {item.id === 'email' && recipient ? (
              <LaunchTestEmail
                recipientNote={t(recipient.own ? 'scena:launchTestEmailToOwn' : 'scena:launchTestEmailTo', {
                  to: recipient.to,
                })}
              />
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  )
}
