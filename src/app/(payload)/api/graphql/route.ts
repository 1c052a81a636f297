/* Payload's GraphQL route handler, with the checks that run before it (src/boot/api-routes.ts). */
import config from '@payload-config'

import { graphqlOptions, graphqlRoute } from '@/boot/api-routes'

export const POST = graphqlRoute(config)

export const OPTIONS = graphqlOptions(config)
