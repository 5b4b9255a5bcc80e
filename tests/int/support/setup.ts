import { inject } from 'vitest'

import { preloadLexical } from '../../../src/runtime/loadConfig'
import { testEnv } from './env'

// Before any test imports the Payload config, which reads these when it loads.
Object.assign(process.env, testEnv(inject('databaseUrl'), inject('mediaDir')))

// See loadConfig.ts: Lexical's modules must finish loading one by one before the config imports them.
await preloadLexical()
