import { listPage } from '@/components/site/ListPage'

// The URL is the state: rendered per request (and kept briefly by the portal's page cache).
export const dynamic = 'force-dynamic'

/** All published practices: the search view filtered by type. */
const { generateMetadata, ListPage } = listPage('practice')
export { generateMetadata }
export default ListPage
