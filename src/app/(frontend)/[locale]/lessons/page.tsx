import { listPage } from '@/components/site/ListPage'

// The URL is the state: rendered per request (and kept briefly by the portal's page cache).
export const dynamic = 'force-dynamic'

/** All published lessons: the search view filtered by type. */
const { generateMetadata, ListPage } = listPage('lesson')
export { generateMetadata }
export default ListPage
