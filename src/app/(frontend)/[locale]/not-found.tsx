import { NotFoundContent } from '@/components/site/NotFoundContent'
import { messagesFor } from '@/i18n/messages'

/** The 404 page, in the language of the path (read on the client: not-found pages get no params). */
export default function NotFound() {
  const pick = (locale: 'en' | 'fr') => {
    const t = messagesFor(locale)
    return {
      title: t.notFoundTitle,
      text: t.notFoundText,
      home: t.notFoundHome,
      search: t.notFoundSearch,
      searchLabel: t.searchLabel,
      searchButton: t.searchButton,
    }
  }
  return <NotFoundContent messages={{ en: pick('en'), fr: pick('fr') }} />
}
