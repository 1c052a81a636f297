/* Payload's REST route handlers, with the checks that run before them (src/boot/api-routes.ts). */
import config from '@payload-config'
import '@payloadcms/next/css'

import { restRoutes } from '@/boot/api-routes'

const routes = restRoutes(config)

export const GET = routes.GET
export const POST = routes.POST
export const DELETE = routes.DELETE
export const PATCH = routes.PATCH
export const PUT = routes.PUT
export const OPTIONS = routes.OPTIONS
