import type { CollectionConfig } from 'payload'

import { adminsOnlyField, isAdmin } from '../access'
import { hasRole, roles } from '../access/roles'
import { guardLogin } from '../auth/loginGuard'
import { selectField, siteLanguages } from '../fields/options'
import { isProduction } from '../env'

export const Users: CollectionConfig = {
  slug: 'users',
  labels: {
    singular: { it: 'Utente', en: 'User' },
    plural: { it: 'Utenti', en: 'Users' },
  },
  auth: {
    // Counted exactly, across processes, by guardLogin (src/auth/loginGuard.ts), which also limits
    // failed attempts per client address and answers alike for unknown e-mails and locked accounts.
    maxLoginAttempts: 5,
    lockTime: 15 * 60 * 1000,
    tokenExpiration: 8 * 60 * 60,
    cookies: { secure: isProduction(), sameSite: 'Lax' },
  },
  hooks: {
    beforeOperation: [guardLogin],
  },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['email', 'name', 'role'],
  },
  access: {
    // Any signed-in role may use the admin panel; only admins manage other users.
    admin: ({ req }) => Boolean(req.user),
    create: isAdmin,
    delete: isAdmin,
    read: ({ req }) => (hasRole(req.user, 'admin') ? true : req.user ? { id: { equals: req.user.id } } : false),
    update: ({ req }) => (hasRole(req.user, 'admin') ? true : req.user ? { id: { equals: req.user.id } } : false),
    unlock: isAdmin,
  },
  fields: [
    { name: 'name', type: 'text', label: { it: 'Nome', en: 'Name' } },
    selectField(
      'language',
      siteLanguages,
      { it: 'Lingua delle e-mail', en: 'E-mail language' },
      {
        admin: {
          description: {
            it: 'Per le notifiche delle richieste di contatto; se non indicata, italiano.',
            en: 'For enquiry notifications; Italian when not set.',
          },
        },
      },
    ),
    {
      name: 'role',
      type: 'select',
      required: true,
      defaultValue: 'editor',
      saveToJWT: true,
      label: { it: 'Ruolo', en: 'Role' },
      options: roles.map((role) => ({
        value: role,
        label: {
          admin: { it: 'Amministratore/trice', en: 'Admin' },
          editor: { it: 'Redattore/trice', en: 'Editor' },
          translator: { it: 'Traduttore/trice', en: 'Translator' },
        }[role],
      })),
      access: { create: adminsOnlyField, update: adminsOnlyField },
    },
  ],
}
