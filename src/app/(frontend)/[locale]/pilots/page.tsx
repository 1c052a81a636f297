import { listPage } from '@/components/site/ListPage'

// The URL is the state: rendered per request (and kept briefly by the portal's page cache).
export const dynamic = 'force-dynamic'

/** All published pilots: the search view filtered by type, with a link to compare them. */
const { generateMetadata, ListPage } = listPage('pilot', {
  actions: (locale, t) => (
    <p className="section-actions">
      <a href={`/${locale}/compare`} data-testid="compare-link">
        {t.compare.link}
      </a>
    </p>
  ),
})
export { generateMetadata }
export default ListPage
