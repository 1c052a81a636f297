import type { AdminViewServerProps, Where } from 'payload'
import React from 'react'

import { isEditor, type HubUser } from '../../access/roles'
import { adminLanguageOf, adminMessages } from '../../i18n/admin'
import { AdminPage } from './AdminPage'

const PERIODS = [30, 90, 365] as const
const SHOWN = 100
/** The start of the last `days` days, as the date filter takes it (this view renders per request). */
const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString()
const param = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)

/**
 * /admin/search-misses, for editors and administrators: the searches that found nothing (the
 * `search-misses` collection, filled by src/search/misses.ts), most frequent first, by language
 * and period, each with a link that runs it again on the public site.
 */
export async function SearchMissesView(props: AdminViewServerProps) {
  const { initPageResult, searchParams } = props
  const { req } = initPageResult
  const adminLanguage = adminLanguageOf(req.i18n?.language)
  const t = adminMessages(adminLanguage).searchMisses
  const user = req.user as HubUser | null
  const query = (searchParams ?? {}) as Record<string, string | string[] | undefined>
  const language = ['en', 'fr'].includes(param(query.language) ?? '') ? (param(query.language) as 'en' | 'fr') : null
  const days = PERIODS.find((n) => String(n) === param(query.days)) ?? null

  let body: React.ReactNode
  if (!isEditor(user)) {
    body = <p data-search-misses-refused>{t.notAllowed}</p>
  } else {
    const where: Where = {
      and: [
        ...(language ? [{ language: { equals: language } }] : []),
        ...(days ? [{ lastSeen: { greater_than_equal: daysAgo(days) } }] : []),
      ],
    }
    // As the signed-in editor: the collection's own access rules apply.
    const { docs, totalDocs } = await req.payload.find({
      collection: 'search-misses',
      where,
      sort: ['-count', '-lastSeen'],
      limit: SHOWN,
      depth: 0,
      overrideAccess: false,
      user: req.user,
    })
    const link = (change: Record<string, string | null>) => {
      const next = new URLSearchParams()
      const state = { language, days: days ? String(days) : null, ...change }
      for (const [name, value] of Object.entries(state)) if (value) next.set(name, value)
      return `/admin/search-misses${next.size ? `?${next}` : ''}`
    }
    const date = (value: string) => new Date(value).toLocaleDateString(adminLanguage === 'fr' ? 'fr-FR' : 'en-GB', { timeZone: 'UTC' })
    const cell: React.CSSProperties = { padding: '6px 10px', borderBottom: '1px solid var(--theme-elevation-150)', textAlign: 'left' }
    const choice = (active: boolean): React.CSSProperties => ({ fontWeight: active ? 700 : 400, marginRight: 12 })
    body = (
      <>
        <p>
          {t.language}:{' '}
          {[null, 'en', 'fr'].map((code) => (
            <a
              key={code ?? 'all'}
              href={link({ language: code })}
              style={choice(language === code)}
              aria-current={language === code ? 'true' : undefined}
            >
              {code ? code.toUpperCase() : t.all}
            </a>
          ))}
          <br />
          {t.period}:{' '}
          {[...PERIODS, null].map((n) => (
            <a
              key={n ?? 'all'}
              href={link({ days: n ? String(n) : null })}
              style={choice(days === n)}
              aria-current={days === n ? 'true' : undefined}
            >
              {n ? t.days(n) : t.allTime}
            </a>
          ))}
        </p>
        {docs.length === 0 ? (
          <p>{t.none}</p>
        ) : (
          <>
            <table style={{ borderCollapse: 'collapse', width: '100%' }} data-search-misses>
              <thead>
                <tr>
                  <th style={cell}>{t.query}</th>
                  <th style={cell}>{t.language}</th>
                  <th style={{ ...cell, textAlign: 'right' }}>{t.times}</th>
                  <th style={cell}>{t.lastSeen}</th>
                  <th style={cell}>{t.firstSeen}</th>
                  <th style={cell}>
                    <span style={{ position: 'absolute', left: -10000 }}>{t.tryIt}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {docs.map((doc) => (
                  <tr key={doc.id}>
                    <td style={cell} lang={doc.language}>
                      {doc.query}
                    </td>
                    <td style={cell}>{doc.language.toUpperCase()}</td>
                    <td style={{ ...cell, textAlign: 'right' }}>{doc.count}</td>
                    <td style={cell}>{date(doc.lastSeen)}</td>
                    <td style={cell}>{date(doc.firstSeen)}</td>
                    <td style={cell}>
                      <a href={`/${doc.language}/search?q=${encodeURIComponent(doc.query)}`} target="_blank" rel="noopener">
                        {t.tryIt}
                      </a>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            <p>{t.shown(docs.length, totalDocs)}</p>
          </>
        )}
        <p>
          <a href="/admin/collections/search-misses">{t.manage}</a>
        </p>
      </>
    )
  }

  return (
    <AdminPage view={props} title={t.title} name="search-misses">
      <p style={{ maxWidth: 720 }}>{t.intro}</p>
      {body}
    </AdminPage>
  )
}
