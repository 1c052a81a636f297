import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { AlertLinkPage } from '@/components/site/AlertLinkPage'
import { messagesFor } from '@/i18n/messages'
import { isLocale } from '@/core/locale'
import { pageMetadata } from '@/site/format'

// The confirmation link of the mail opens this page; its button confirms (a link scanner does not).
export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ token?: string | string[]; status?: string | string[] }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  const t = messagesFor(locale)
  return {
    ...pageMetadata(locale, 'alerts/confirm', t.alerts.confirmTitle, t.alerts.intro),
    robots: { index: false, follow: false },
    referrer: 'no-referrer',
  }
}

export default async function ConfirmAlertPage({ params, searchParams }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  return <AlertLinkPage locale={locale} purpose="confirm" query={await searchParams} />
}
