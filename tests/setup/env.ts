import path from 'node:path'

import { inject } from 'vitest'

// Every test file talks to the run's database; set before any test imports the Payload config.
Object.assign(process.env, { NODE_ENV: 'test' })
process.env.DATABASE_URL = inject('databaseUrl')
process.env.DATA_DIR = path.join(inject('dataDir'), 'data')
process.env.PAYLOAD_SECRET ??= 'test-secret-test-secret-test-secret-0123'
process.env.SERVER_URL = 'http://localhost:3000'
