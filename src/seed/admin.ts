import { hubEnv } from '../core/env'

/** The first administrator: from SEED_ADMIN_EMAIL / SEED_ADMIN_PASSWORD, or generated in development. */
export function seedAdmin(): { email: string; password?: string } | undefined {
  const env = hubEnv()
  if (env.SEED_ADMIN_EMAIL) return { email: env.SEED_ADMIN_EMAIL, password: env.SEED_ADMIN_PASSWORD }
  if (env.NODE_ENV === 'production') return undefined
  return { email: 'admin@example.org' }
}

export function printAdminPassword(email: string, password: string) {
  console.log(
    [
      '',
      '  An administrator was created for this installation (the password is shown only now):',
      `    e-mail:   ${email}`,
      `    password: ${password}`,
      '  Sign in at /admin and change it, or set SEED_ADMIN_EMAIL and SEED_ADMIN_PASSWORD.',
      '',
    ].join('\n'),
  )
}
