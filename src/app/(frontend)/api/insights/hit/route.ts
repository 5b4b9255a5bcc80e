/* The insights beacon (issue 25): lean, ahead of Payload's catch-all REST route (src/insights/beaconRoute.ts). */
export { POST } from '@/insights/beaconRoute'

export const dynamic = 'force-dynamic'
