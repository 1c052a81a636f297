import type { CollectionConfig } from 'payload'

import { adminFieldOnly, adminOrSelf, isAdmin } from '../src/access'
import { existingRecordsOnly, label } from '../src/core/fields'
import { forgotPasswordEndpoint, limitSignInAttempts } from '../src/security/sign-in'
import { userRoles, vocabularySelect } from '../src/vocab'
import { hubEnv } from '../src/core/env'
import { bothLanguages } from '../src/i18n/admin'

/** People who sign in to the admin: pilot-team contributors, editors and administrators. */
export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: label('User', 'Utilisateur'), plural: label('Users', 'Utilisateurs') },
  auth: {
    // Five wrong passwords lock the account for 15 minutes; sessions last two hours and are
    // stored, so signing out really ends them (docs/security.md).
    maxLoginAttempts: 5,
    lockTime: 15 * 60 * 1000,
    tokenExpiration: 2 * 60 * 60,
    useSessions: true,
    cookies: { sameSite: 'Lax', secure: hubEnv().NODE_ENV === 'production' },
  },
  hooks: { beforeOperation: [limitSignInAttempts] },
  // Answered at once, the same for every address; the reset itself runs afterwards (src/security/sign-in.ts).
  endpoints: [forgotPasswordEndpoint('users')],
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'role', 'pilots', 'language'],
    group: label('Administration', 'Administration'),
  },
  access: {
    read: adminOrSelf,
    create: isAdmin,
    update: adminOrSelf,
    delete: isAdmin,
    // Unlocking an account (POST /api/users/unlock) lifts its brute-force lockout: administrators only.
    unlock: isAdmin,
    admin: ({ req }) => Boolean(req.user),
  },
  fields: [
    { name: 'name', label: label('Name', 'Nom'), type: 'text', required: true },
    {
      ...vocabularySelect('role', label('Role', 'Rôle'), userRoles, { required: true, defaultValue: 'contributor' }),
      saveToJWT: true,
      access: { create: adminFieldOnly, update: adminFieldOnly },
    },
    {
      name: 'pilots',
      label: label('Pilots', 'Projets pilotes'),
      type: 'relationship',
      relationTo: 'pilots',
      filterOptions: existingRecordsOnly,
      hasMany: true,
      saveToJWT: true,
      access: { create: adminFieldOnly, update: adminFieldOnly },
      admin: {
        description: {
          en: 'A contributor writes for these pilots only.',
          fr: 'Un contributeur n’écrit que pour ces pilotes.',
        },
      },
    },
    {
      // The language of the review mails this person receives (src/workflow/notify.ts).
      name: 'language',
      label: bothLanguages((m) => m.languageLabel),
      type: 'select',
      // English unless chosen (notify.ts reads an empty value as English).
      defaultValue: 'en',
      options: [
        { value: 'en', label: 'English' },
        { value: 'fr', label: 'Français' },
      ],
      admin: { description: bothLanguages((m) => m.languageHelp) },
    },
  ],
}
