import type { Locale } from '@/core/locale'
import { messagesFor } from '@/i18n/messages'
import { formatNumber } from '@/site/format'
import { withChange } from '@/site/search'

/** Previous, next and numbered page links that keep the rest of the search in the URL. */
export function SearchPagination({
  locale,
  basePath,
  params,
  page,
  totalPages,
}: {
  locale: Locale
  basePath: string
  params: URLSearchParams
  page: number
  totalPages: number
}) {
  const t = messagesFor(locale)
  const href = (n: number) => `${basePath}${withChange(params, { set: { page: n === 1 ? null : String(n) } })}`
  return (
    <nav aria-label={t.pagination} className="pagination">
      <ul>
        {page > 1 ? (
          <li>
            <a rel="prev" href={href(page - 1)}>
              {t.previous}
            </a>
          </li>
        ) : null}
        {pageNumbers(page, totalPages).map((n, i) =>
          n === null ? (
            <li key={`gap-${i}`} aria-hidden="true">
              …
            </li>
          ) : (
            <li key={n}>
              <a href={href(n)} aria-label={t.pageN(n)} aria-current={n === page ? 'page' : undefined}>
                {formatNumber(locale, n)}
              </a>
            </li>
          ),
        )}
        {page < totalPages ? (
          <li>
            <a rel="next" href={href(page + 1)}>
              {t.next}
            </a>
          </li>
        ) : null}
      </ul>
    </nav>
  )
}

/** The first, the last and the pages around the current one; null marks a gap. */
function pageNumbers(current: number, total: number): (number | null)[] {
  const pages = new Set([1, total, current - 1, current, current + 1].filter((n) => n >= 1 && n <= total))
  const sorted = [...pages].sort((a, b) => a - b)
  const out: (number | null)[] = []
  for (const n of sorted) {
    if (out.length > 0 && n - (out[out.length - 1] as number) > 1) out.push(null)
    out.push(n)
  }
  return out
}
