import { NotFoundInPathLocale } from '@/components/site/NotFoundInPathLocale'
import { notFoundStrings } from '@/i18n/messages'

/** The 404 boundary of the public pages (see `page-not-found/page.tsx` for the page the portal sends). */
export default function NotFound() {
  return <NotFoundInPathLocale messages={{ en: notFoundStrings('en'), fr: notFoundStrings('fr') }} />
}
