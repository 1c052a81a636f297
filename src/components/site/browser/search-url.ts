/**
 * The search page's URL from the fields of its form, as the server reads it back
 * (src/site/search.ts): an empty query, the default sort and the first page are left out, so that
 * one state has one URL (which is also what the portal's page cache is keyed by).
 */
export function searchUrlOf(path: string, fields: Iterable<[string, FormDataEntryValue]>): string {
  const params = new URLSearchParams()
  for (const [name, value] of fields) {
    if (typeof value !== 'string') continue
    if (name === 'q') {
      const q = value.trim()
      if (q) params.append('q', q)
      continue
    }
    if (name === 'sort' && value === 'relevance') continue
    if (name === 'page') continue
    params.append(name, value)
  }
  const query = params.toString()
  return `${path}${query ? `?${query}` : ''}`
}
