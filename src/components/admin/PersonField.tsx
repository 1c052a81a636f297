import { getTranslation } from '@payloadcms/translations'
import type { Payload, PayloadRequest } from 'payload'
import React from 'react'

/**
 * A user named on a record (who submitted it, who last edited it), shown by name: editors and
 * contributors may not read users, so the relation field would say "Untitled - ID: 2", and
 * e-mail addresses are not theirs to see.
 */
export async function PersonField(props: {
  value?: unknown
  field?: { label?: unknown; name?: string }
  payload?: Payload
  req?: PayloadRequest
}) {
  const { value, field, payload, req } = props
  const id = value && typeof value === 'object' ? (value as { id?: number | string }).id : (value as number | string | undefined)
  if (!payload || !req || id === undefined || id === null || id === '') return null
  const user = await payload.findByID({
    collection: 'users',
    id,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    select: { name: true },
  })
  const label = field?.label ? getTranslation(field.label as never, req.i18n) : field?.name
  return (
    <div className="field-type" data-hub-admin="person" style={{ marginBottom: 20 }}>
      <div className="field-label" style={{ marginBottom: 4 }}>
        {label}
      </div>
      <div>{user?.name ?? `#${id}`}</div>
    </div>
  )
}
