import type { CollectionConfig } from 'payload'

import { adminFieldOnly, adminOrSelf, isAdmin } from '../src/access'
import { existingRecordsOnly, label } from '../src/core/fields'
import { limitSignInAttempts } from '../src/security/sign-in'
import { userRoles, vocabularySelect } from '../src/vocab'
import { hubEnv } from '../src/core/env'

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
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['name', 'email', 'role', 'pilots'],
    group: label('Administration', 'Administration'),
  },
  access: {
    read: adminOrSelf,
    create: isAdmin,
    update: adminOrSelf,
    delete: isAdmin,
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
      admin: { description: 'A contributor writes for these pilots only.' },
    },
  ],
}
