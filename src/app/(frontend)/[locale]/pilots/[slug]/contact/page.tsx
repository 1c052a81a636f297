import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { askLabels } from '@/components/site/ask-labels'
import { AskTeamForm } from '@/components/site/AskTeamForm'
import { messagesFor, type Messages } from '@/i18n/messages'
import { isLocale } from '@/core/locale'
import { hubPayload } from '@/boot/payload'
import { pilotBySlug, pilotAcceptsMessages } from '@/site/content'
import { pageMetadata } from '@/site/format'

// Where a form posted without JavaScript lands: the relay endpoint redirects here with its outcome.
export const dynamic = 'force-dynamic'

type Status = keyof Messages['askStatus']
type Props = { params: Promise<{ locale: string; slug: string }>; searchParams: Promise<{ status?: string | string[] }> }

const statusOf = (t: Messages, value: unknown): Status | undefined =>
  typeof value === 'string' && value in t.askStatus ? (value as Status) : undefined

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params
  if (!isLocale(locale)) return {}
  const t = messagesFor(locale)
  return { ...pageMetadata(locale, `pilots/${slug}/contact`, t.askResultTitle, t.askIntro), robots: { index: false, follow: false } }
}

export default async function ContactResultPage({ params, searchParams }: Props) {
  const { locale, slug } = await params
  if (!isLocale(locale)) notFound()
  const payload = await hubPayload()
  const pilot = await pilotBySlug(payload, locale, slug)
  if (!pilot) notFound()
  const t = messagesFor(locale)
  const status = statusOf(t, (await searchParams).status)
  const open = await pilotAcceptsMessages(payload, pilot.id)

  return (
    <article className="record">
      <h1>{t.askResultTitle}</h1>
      <p className="lead">{pilot.name}</p>
      {open ? (
        // The form again, with the outcome in its status line: after a refusal the visitor can send again.
        <AskTeamForm key={status ?? 'none'} pilotId={pilot.id} locale={locale} labels={askLabels(t)} initialStatus={status} />
      ) : (
        <p className="notice">{t.askUnavailable}</p>
      )}
      <p>
        <a href={`/${locale}/pilots/${pilot.slug}`}>{t.askBack(pilot.name)}</a>
      </p>
    </article>
  )
}
