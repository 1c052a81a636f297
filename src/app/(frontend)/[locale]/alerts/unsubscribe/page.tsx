import { alertLinkRoute } from '@/components/site/AlertLinkPage'

// The unsubscribe link of every digest opens this page; one button unsubscribes and deletes the address.
export const dynamic = 'force-dynamic'

const route = alertLinkRoute('unsubscribe')
export const generateMetadata = route.generateMetadata
export default route.Page
