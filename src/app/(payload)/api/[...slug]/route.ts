/* Payload's generated REST route, with Scena's request checks in front (src/api/routes.ts). */
import '@payloadcms/next/css'

export { DELETE, GET, OPTIONS, PATCH, POST, PUT } from '@/api/routes'
