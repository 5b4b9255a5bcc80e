import { inject } from 'vitest'

import { testEnv } from './env'

// Before any test imports the Payload config, which reads these when it loads.
Object.assign(process.env, testEnv(inject('databaseUrl'), inject('mediaDir')))
