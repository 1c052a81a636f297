import { Gutter, SetStepNav } from '@payloadcms/ui'
import { DefaultTemplate } from '@payloadcms/next/templates'
import type { AdminViewServerProps } from 'payload'
import React from 'react'

import './admin.css'

/** The frame of the hub's own admin views: Payload's default template (navigation, header), a title and its breadcrumb. */
export function AdminPage({
  view,
  title,
  children,
  name,
}: {
  view: AdminViewServerProps
  title: string
  children: React.ReactNode
  name: string
}) {
  const { initPageResult, params, searchParams } = view
  const { req, permissions, visibleEntities, locale } = initPageResult
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      req={req}
      searchParams={searchParams}
      user={req.user ?? undefined}
      visibleEntities={visibleEntities}
    >
      <SetStepNav nav={[{ label: title }]} />
      <Gutter>
        <main data-hub-admin={name} style={{ paddingBottom: 48 }}>
          <h1 style={{ margin: '24px 0 16px' }}>{title}</h1>
          {children}
        </main>
      </Gutter>
    </DefaultTemplate>
  )
}
