import { alertLinkRoute } from '@/components/site/AlertLinkPage'

// The confirmation link of the mail opens this page; its button confirms (a link scanner does not).
export const dynamic = 'force-dynamic'

const route = alertLinkRoute('confirm')
export const generateMetadata = route.generateMetadata
export default route.Page
