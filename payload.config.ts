import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { postgresAdapter } from '@payloadcms/db-postgres'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { fr } from '@payloadcms/translations/languages/fr'
import { buildConfig, type CollectionConfig } from 'payload'
import sharp from 'sharp'

import { collections } from './collections'
import { adminsOnlyJobsEndpoints, jobsAccess, secureBuiltInCollections } from './src/access/system'
import { alertEndpoints } from './src/alerts/endpoints'
import { ALERTS_QUEUE, alertTasks } from './src/alerts/tasks'
import { hubEnv } from './src/core/env'
import { hubEmailAdapter } from './src/workflow/email'
import { label } from './src/core/fields'
import { hubLoggerConfig } from './src/core/logger'
import { defaultLocale } from './src/core/locale'
import { extractionTask } from './src/documents/extraction'
import { fileStorage } from './src/documents/storage'
import { healthEndpoint } from './src/operations/health'
import { keepErrorReasons } from './src/security/errors'
import { maxDepthRule } from './src/security/graphql-depth'
import { rejectBadInput } from './src/security/input'
import { forgotPasswordMutation } from './src/security/sign-in'
import { searchEndpoint } from './src/search/sync/endpoint'
import { SEARCH_QUEUE, searchTasks } from './src/search/sync/tasks'

const dirname = path.dirname(fileURLToPath(import.meta.url))

/**
 * Payload sanitizes collection configs in place. Each build gets its own copy (functions kept by
 * reference), so that building the config twice in one process gives the same schema.
 */
function copyConfig<T>(value: T): T {
  if (Array.isArray(value)) return value.map(copyConfig) as T
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, copyConfig(item)])) as T
  }
  return value
}
const env = hubEnv()

/** The origins the admin and the API answer: SERVER_URL's, and in development its loopback twin. */
function hubOrigins({ SERVER_URL, NODE_ENV }: typeof env): string[] {
  const origin = new URL(SERVER_URL).origin
  if (NODE_ENV !== 'development') return [origin]
  const twin = new URL(origin)
  if (twin.hostname === 'localhost') twin.hostname = '127.0.0.1'
  else if (twin.hostname === '127.0.0.1') twin.hostname = 'localhost'
  return [...new Set([origin, twin.origin])]
}

/**
 * The hub's Payload configuration. `adjustCollections` exists for the schema-drift test, which
 * builds the config with a changed collection to prove that the check notices; `databaseUrl`
 * for tests that need a database of their own (the seed test starts from an empty one);
 * `s3` for tests that keep uploads elsewhere than the environment says (S3 tests).
 */
export function hubConfig(
  adjustCollections: (all: CollectionConfig[]) => CollectionConfig[] = (all) => all,
  options: { databaseUrl?: string; s3?: Parameters<typeof fileStorage>[0] } = {},
) {
  const built = buildConfig({
    serverURL: env.SERVER_URL,
    // Browsers may call the API, and send the session cookie, from the hub's own origin only
    // (in development also from the same port at localhost and 127.0.0.1, see next.config.ts).
    cors: hubOrigins(env),
    csrf: hubOrigins(env),
    // Population stops here whatever a client asks (public reads are capped lower, src/security).
    maxDepth: 4,
    secret: env.PAYLOAD_SECRET,
    admin: {
      user: 'users',
      // Gravatar cannot be reached from every network the hub runs in.
      avatar: 'default',
      importMap: { baseDir: path.resolve(dirname, 'src') },
      meta: { titleSuffix: ' · Inclusion Practice Hub' },
      // The hub's own screens (src/components/admin): "My work" for the pilot teams, the review
      // queue for editors, both linked at the top of the navigation, and a welcome on the dashboard;
      // for editors, what readers searched for and did not find (src/search/misses.ts).
      components: {
        beforeNavLinks: ['/components/admin/NavLinks#NavLinks'],
        afterNavLinks: ['/components/admin/SearchMissesNavLink#SearchMissesNavLink'],
        beforeDashboard: ['/components/admin/Welcome#Welcome'],
        views: {
          myWork: { Component: '/components/admin/MyWorkView#MyWorkView', path: '/my-work', exact: true },
          reviewQueue: { Component: '/components/admin/ReviewQueueView#ReviewQueueView', path: '/review-queue', exact: true },
          searchMisses: {
            Component: '/components/admin/SearchMissesView#SearchMissesView',
            path: '/search-misses',
            meta: { title: 'Searches with no results' },
          },
        },
      },
    },
    collections: adjustCollections(collections.map(copyConfig)),
    // Uploads on local disk, or in an S3-compatible bucket when S3_BUCKET is set (src/documents/storage).
    plugins: [fileStorage(options.s3 ?? env.S3)],
    editor: lexicalEditor(),
    localization: {
      locales: [
        // Each language by its own name, in every admin language (Payload's field labels take a plain string).
        { code: 'en', label: 'English' },
        { code: 'fr', label: 'Français' },
      ],
      defaultLocale,
      fallback: true,
    },
    i18n: { supportedLanguages: { en, fr }, fallbackLanguage: 'en' },
    db: postgresAdapter({
      pool: { connectionString: options.databaseUrl ?? env.DATABASE_URL ?? '' },
      migrationDir: path.resolve(dirname, 'migrations'),
      // The schema changes only through committed migrations (see migrations/ and docs/database.md).
      push: false,
    }),
    endpoints: [searchEndpoint, healthEndpoint, ...alertEndpoints],
    // Error answers keep their reasons in the production build; no lock message for sign-ins (src/security/errors.ts).
    hooks: { afterError: [keepErrorReasons] },
    // Uploads stop at the configured size while they stream in (and are checked again by content).
    upload: { limits: { fileSize: env.UPLOAD_MAX_BYTES } },
    jobs: {
      tasks: [...searchTasks(), extractionTask(), ...alertTasks()],
      // Jobs run inside the portal unless a separate worker runs them (JOBS_IN_PROCESS=false,
      // src/cli/tasks/worker.ts). They start once Payload is initialised with cron
      // (src/instrumentation.ts); tests run them explicitly.
      // The alert digests (src/alerts) have a queue of their own, looked at every minute.
      autoRun:
        env.JOBS_IN_PROCESS === 'false' || env.NODE_ENV === 'test'
          ? []
          : [
              { cron: '*/3 * * * * *', queue: SEARCH_QUEUE, limit: 100 },
              { cron: '30 * * * * *', queue: ALERTS_QUEUE, limit: 10 },
            ],
      // Only administrators queue, run or cancel jobs, and reach the jobs endpoints (src/access/system.ts).
      access: jobsAccess,
      // Failed and pending jobs are visible to administrators in the admin.
      jobsCollectionOverrides: ({ defaultJobsCollection }) => ({
        ...defaultJobsCollection,
        endpoints: adminsOnlyJobsEndpoints(defaultJobsCollection.endpoints),
        admin: { ...defaultJobsCollection.admin, hidden: false, group: label('Administration', 'Administration') },
      }),
    },
    typescript: { outputFile: path.resolve(dirname, 'src/payload-types.ts') },
    // GraphQL stays for API clients, bounded in depth and complexity (docs/security.md).
    graphQL: {
      schemaOutputFile: path.resolve(dirname, 'src/generated-schema.graphql'),
      disablePlaygroundInProduction: true,
      maxComplexity: 1_000,
      validationRules: () => [maxDepthRule(6)],
      // Replaces Payload's own: the same answer, at once, for known and unknown addresses.
      mutations: (GraphQL) => forgotPasswordMutation(GraphQL, 'users', 'forgotPasswordUser'),
    },
    // Review notifications (src/workflow/notify.ts): through SMTP_URL, or to the log without it.
    email: hubEmailAdapter({ smtpUrl: env.SMTP_URL, from: env.MAIL_FROM }),
    // One JSON object per line in production, coloured text in development (src/core/log.ts).
    logger: hubLoggerConfig(env),
    sharp,
    telemetry: false,
  })
  // Payload's own collections (locked documents) get their access here, and every collection the input checks.
  return built.then((config) => secureBuiltInCollections(config, rejectBadInput))
}

export default hubConfig()
