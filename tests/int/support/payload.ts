import config from '@payload-config'
import { getPayload, type Payload } from 'payload'

import { closePayload } from '../../../src/db/pool'

export const testPayload = (): Promise<Payload> => getPayload({ config })
export { closePayload }
