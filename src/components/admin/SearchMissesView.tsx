import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps, Where } from 'payload'
import React from 'react'

import { isEditor, type HubUser } from '../../access/roles'

/** The view's words, in the admin's two languages. */
const words = {
  en: {
    title: 'Searches with no results',
    intro:
      'What readers searched for on the public site and did not find, with no filter applied: the content the hub may be missing. Counts only: nothing is kept about who searched or when, apart from the first and last time.',
    notAllowed: 'Only editors and administrators can see this page.',
    language: 'Language of the site',
    period: 'Seen in',
    all: 'All',
    days: (n: number) => `the last ${n} days`,
    allTime: 'any time',
    query: 'Search',
    times: 'Times',
    firstSeen: 'First seen',
    lastSeen: 'Last seen',
    tryIt: 'Try it on the site',
    none: 'No search without results in this selection.',
    shown: (shown: number, total: number) => (shown < total ? `The ${shown} most frequent of ${total}.` : `${total} in all.`),
    manage: 'Delete entries once the content exists: open the list of entries',
  },
  fr: {
    title: 'Recherches sans résultat',
    intro:
      'Ce que les lecteurs ont cherché sur le site public sans rien trouver, sans filtre : le contenu qui manque peut-être à la plateforme. Des nombres seulement : rien n’est gardé sur qui a cherché ni quand, hormis la première et la dernière fois.',
    notAllowed: 'Seuls les éditeurs et les administrateurs peuvent voir cette page.',
    language: 'Langue du site',
    period: 'Vues depuis',
    all: 'Toutes',
    days: (n: number) => `les ${n} derniers jours`,
    allTime: 'toujours',
    query: 'Recherche',
    times: 'Fois',
    firstSeen: 'Première fois',
    lastSeen: 'Dernière fois',
    tryIt: 'L’essayer sur le site',
    none: 'Aucune recherche sans résultat dans cette sélection.',
    shown: (shown: number, total: number) => (shown < total ? `Les ${shown} plus fréquentes sur ${total}.` : `${total} en tout.`),
    manage: 'Supprimer les entrées une fois le contenu publié : ouvrir la liste des entrées',
  },
}

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
export async function SearchMissesView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, locale, permissions, visibleEntities } = initPageResult
  const t = req.i18n?.language === 'fr' ? words.fr : words.en
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
    const date = (value: string) => new Date(value).toLocaleDateString(t === words.fr ? 'fr-FR' : 'en-GB', { timeZone: 'UTC' })
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
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      searchParams={searchParams}
      user={req.user ?? undefined}
      visibleEntities={visibleEntities}
    >
      <Gutter>
        <h1>{t.title}</h1>
        <p style={{ maxWidth: 720 }}>{t.intro}</p>
        {body}
      </Gutter>
    </DefaultTemplate>
  )
}
