import { Button } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'
import { redirect } from 'next/navigation'
import React from 'react'

import { isContributor, type HubUser } from '../../access/roles'
import { adminLanguageOf, adminMessages, inLanguage, type AdminLanguage } from '../../i18n/admin'
import { entryOf } from '../../model/content-types'
import { CONTRIBUTOR_COLLECTIONS, myWork, type WorkItem } from '../../workflow/my-work'
import type { ReviewState } from '../../workflow/states'
import { AdminPage } from './AdminPage'
import { ReviewStateBadgeView } from './ReviewStateBadge'

/**
 * "My work" (/admin/my-work): a contributor's records by review state, the ones to revise first
 * with the editor's note, buttons to start a new record, and what a good record contains (the
 * templates of a practice, a lesson and a document).
 */

const order: ReviewState[] = ['changes_requested', 'draft', 'in_review', 'published', 'archived']

export async function MyWorkView(props: AdminViewServerProps) {
  const { req } = props.initPageResult
  if (!req.user) redirect('/admin/login?redirect=%2Fadmin%2Fmy-work')
  const language = adminLanguageOf(req.i18n.language)
  const m = adminMessages(language)
  const user = req.user as unknown as HubUser
  if (!isContributor(user)) {
    return (
      <AdminPage view={props} title={m.myWorkTitle} name="my-work">
        <p>{m.notForRole}</p>
      </AdminPage>
    )
  }
  const { pilots, items } = await myWork(req.payload, user, language)
  return (
    <AdminPage view={props} title={m.myWorkTitle} name="my-work">
      {pilots.length ? <p>{m.myWorkIntro(pilots.map((pilot) => pilot.name).join(', '))}</p> : <p>{m.myWorkNoPilot}</p>}
      {pilots.length ? <CreateButtons language={language} /> : null}
      {order.map((state) => (
        <Section key={state} state={state} items={items[state]} language={language} />
      ))}
      <Guides language={language} />
    </AdminPage>
  )
}

export function CreateButtons({ language }: { language: AdminLanguage }) {
  const m = adminMessages(language)
  return (
    <nav className="hub-actions" aria-label={m.createHeading} style={{ marginBottom: 24 }}>
      {CONTRIBUTOR_COLLECTIONS.map((collection) => (
        <Button key={collection} el="link" url={`/admin/collections/${collection}/create`} buttonStyle="pill" size="medium">
          {m.create[collection]}
        </Button>
      ))}
    </nav>
  )
}

function Section({ state, items, language }: { state: ReviewState; items: WorkItem[]; language: AdminLanguage }) {
  const m = adminMessages(language)
  if (!items.length && (state === 'archived' || state === 'changes_requested')) return null
  const when = new Intl.DateTimeFormat(language === 'fr' ? 'fr-FR' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' })
  const headingId = `hub-my-work-${state}`
  return (
    <section className="hub-panel" aria-labelledby={headingId} data-my-work={state}>
      <h2 id={headingId} style={{ fontSize: 20 }}>
        {m.myWorkSections[state]} ({items.length})
      </h2>
      {items.length === 0 ? (
        <p style={{ margin: 0 }}>{m.myWorkEmpty}</p>
      ) : (
        <table className="hub-table">
          <thead>
            <tr>
              <th scope="col">{m.myWorkRecord}</th>
              <th scope="col">{m.myWorkType}</th>
              <th scope="col">{m.myWorkPilot}</th>
              <th scope="col">{m.myWorkUpdated} (UTC)</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={`${item.collection}-${item.id}`} data-my-work-item={`${item.collection}-${item.id}`}>
                <td>
                  <a href={`/admin/collections/${item.collection}/${item.id}`}>{item.title}</a>{' '}
                  {state !== 'published' && item.live ? (
                    <span style={{ fontSize: 13 }}>
                      · <ReviewStateBadgeView state="published" language={language} /> {m.myWorkRevisionPending}
                    </span>
                  ) : null}
                  {item.note ? (
                    <div className="hub-notice" role="note" style={{ margin: '8px 0 0' }}>
                      <strong>{m.noteFromEditor}</strong>
                      {item.note}
                    </div>
                  ) : null}
                </td>
                <td>{inLanguage(entryOf(item.collection).label, language)}</td>
                <td>{item.pilots.join(', ')}</td>
                <td>{when.format(new Date(item.updatedAt))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}

export function Guides({ language }: { language: AdminLanguage }) {
  const m = adminMessages(language)
  return (
    <section className="hub-panel" aria-labelledby="hub-guides" data-my-work="guides">
      <h2 id="hub-guides" style={{ fontSize: 20 }}>
        {m.guideHeading}
      </h2>
      <div className="hub-guides">
        {CONTRIBUTOR_COLLECTIONS.map((collection) => {
          const guide = m.guides[collection]!
          return (
            <div key={collection}>
              <h3 style={{ fontSize: 16, marginBottom: 4 }}>{guide.title}</h3>
              <p style={{ margin: 0 }}>{guide.intro}</p>
              <ul>
                {guide.items.map((item) => (
                  <li key={item}>{item}</li>
                ))}
              </ul>
            </div>
          )
        })}
      </div>
    </section>
  )
}
