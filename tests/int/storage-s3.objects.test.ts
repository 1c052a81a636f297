import fs from 'node:fs'

import { APIError, type CollectionConfig } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { uploadDir } from '../../src/documents/upload-dir'
import { documentData } from '../support/fixtures'
import { pdfWith } from '../support/files'
import { download, rest, uploadForm } from '../support/hub'
import { hubInstance } from '../support/isolated'
import {
  PREFIX,
  databaseUrl,
  documentPath,
  hub,
  payload,
  pilotId,
  s3,
  setUpStorage,
  settingsFromEnv,
  tearDownStorage,
  token,
  upload,
} from '../support/storage-s3'

/**
 * The objects in the bucket (S3_* variables, a real S3 server in this process) follow the
 * records: replaced and deleted with them, never overwritten; and a refused or rolled-back save
 * leaves nothing half written. Its own database; the bucket is read from the server's side.
 */

beforeAll(setUpStorage)

afterAll(tearDownStorage)

describe('objects follow the records', () => {
  test('replacing a file removes the old object; deleting the record removes the rest', async () => {
    const created = await upload('documents', await pdfWith('First file'), 'first.pdf', documentData({ pilot: pilotId }))
    const id = created.body.doc.id
    const first = created.body.doc.filename as string
    const replaced = await rest('PATCH', `/documents/${id}`, {
      token,
      query: { draft: 'true' },
      form: uploadForm(await pdfWith('Second file'), 'second.pdf', {}),
      target: hub,
    })
    expect(replaced.status, JSON.stringify(replaced.body).slice(0, 300)).toBe(200)
    const second = replaced.body.doc.filename as string
    let keys = await s3.keys(`${PREFIX}documents/`)
    expect(keys).toContain(`${PREFIX}documents/${second}`)
    expect(keys).not.toContain(`${PREFIX}documents/${first}`)

    const deleted = await rest('DELETE', `/documents/${id}`, { token, target: hub })
    expect(deleted.status).toBe(200)
    keys = await s3.keys(`${PREFIX}documents/`)
    expect(keys).not.toContain(`${PREFIX}documents/${second}`)
  })

  test('deleting an image removes its file and its sizes', async () => {
    const image = await sharp({ create: { width: 700, height: 700, channels: 3, background: '#aa3311' } })
      .jpeg()
      .toBuffer()
    const created = await upload('media', image, 'square.jpg', { alt: 'A square' })
    expect(created.status).toBe(201)
    const names = [created.body.doc.filename, created.body.doc.sizes.card.filename] as string[]
    expect(await s3.keys(`${PREFIX}media/`)).toEqual(expect.arrayContaining(names.map((name) => `${PREFIX}media/${name}`)))
    expect((await rest('DELETE', `/media/${created.body.doc.id}`, { token, target: hub })).status).toBe(200)
    const keys = await s3.keys(`${PREFIX}media/`)
    for (const name of names) expect(keys).not.toContain(`${PREFIX}media/${name}`)
  })

  test('a name already taken in the bucket (another record’s pending draft file) is not overwritten', async () => {
    const owner = await upload('documents', await pdfWith('Owner, published'), 'owner.pdf', documentData({ pilot: pilotId }))
    await payload.update({ collection: 'documents', id: owner.body.doc.id, data: { _status: 'published' } as never })
    const pendingPdf = await pdfWith('Owner, pending revision')
    const pending = await rest('PATCH', `/documents/${owner.body.doc.id}`, {
      token,
      query: { draft: 'true' },
      form: uploadForm(pendingPdf, 'shared-name.pdf', {}),
      target: hub,
    })
    const pendingName = pending.body.doc.filename as string
    expect(pendingName).toBe('shared-name.pdf')
    // Payload only checks the main rows, where no record has this name yet.
    const other = await upload('documents', await pdfWith('Another record'), 'shared-name.pdf', documentData({ pilot: pilotId }))
    expect(other.status).toBe(201)
    expect(other.body.doc.filename).toBe('shared-name-1.pdf')
    expect((await s3.object(`${PREFIX}documents/${pendingName}`))?.equals(pendingPdf)).toBe(true)
  })

  test('files left on local disk from before the switch to S3 neither take a name nor get deleted', async () => {
    fs.mkdirSync(uploadDir('documents'), { recursive: true })
    const leftover = `${uploadDir('documents')}/left-on-disk.pdf`
    fs.writeFileSync(leftover, 'a file of the disk era')
    const created = await upload('documents', await pdfWith('Now in the bucket'), 'left-on-disk.pdf', documentData({ pilot: pilotId }))
    expect(created.body.doc.filename).toBe('left-on-disk.pdf')
    const replaced = await rest('PATCH', `/documents/${created.body.doc.id}`, {
      token,
      query: { draft: 'true' },
      form: uploadForm(await pdfWith('Replaced'), 'replacement.pdf', {}),
      target: hub,
    })
    expect(replaced.status).toBe(200)
    expect(await s3.keys(`${PREFIX}documents/left-on-disk`)).toEqual([])
    expect(fs.readFileSync(leftover, 'utf8')).toBe('a file of the disk era')
  })
})

describe('nothing half written', () => {
  test('when the bucket refuses the file, the save fails with the reason and no row remains', async () => {
    const broken = await hubInstance('storage-s3-missing-bucket', { databaseUrl, s3: settingsFromEnv({ S3_BUCKET: 'no-such-bucket' }) })
    const target = { config: broken.config, key: 'storage-s3-missing-bucket' }
    const title = 'Stored nowhere'
    const response = await upload('documents', await pdfWith('Nowhere'), 'nowhere.pdf', documentData({ pilot: pilotId, title }), target)
    expect(response.status).toBe(502)
    expect(JSON.stringify(response.body)).toMatch(/The file could not be stored \(NoSuchBucket\); nothing was saved/)
    expect((await payload.count({ collection: 'documents', where: { title: { equals: title } } })).totalDocs).toBe(0)
  })

  test('when the transaction fails after the file was stored, the object is removed again', async () => {
    const failAfterWrite = (all: CollectionConfig[]) =>
      all.map((collection) =>
        collection.slug === 'documents'
          ? {
              ...collection,
              hooks: {
                ...collection.hooks,
                // Runs after the record and its file are written, before the commit.
                afterOperation: [
                  ({ operation, result }: { operation: string; result: unknown }) => {
                    if (operation === 'create' && (result as { title?: string })?.title === 'Rolled back') {
                      throw new APIError('injected failure after the write', 500, null, true)
                    }
                    return result
                  },
                ],
              },
            }
          : collection,
      )
    const failing = await hubInstance('storage-s3-rollback', { databaseUrl, s3: settingsFromEnv(), adjustCollections: failAfterWrite })
    const target = { config: failing.config, key: 'storage-s3-rollback' }
    const keysBefore = await s3.keys(PREFIX)
    const activityBefore = s3.activity.length
    const response = await upload(
      'documents',
      await pdfWith('Rolled back'),
      'rolled-back.pdf',
      documentData({ pilot: pilotId, title: 'Rolled back' }),
      target,
    )
    expect(response.status).toBe(500)
    expect(JSON.stringify(response.body)).toMatch(/injected failure/)
    // The object was stored, then removed when the transaction rolled back.
    const activity = s3.activity.slice(activityBefore)
    expect(activity).toEqual([
      { event: 'put', key: `${PREFIX}documents/rolled-back.pdf` },
      { event: 'delete', key: `${PREFIX}documents/rolled-back.pdf` },
    ])
    expect(await s3.keys(PREFIX)).toEqual(keysBefore)
    expect((await payload.count({ collection: 'documents', where: { title: { equals: 'Rolled back' } } })).totalDocs).toBe(0)
  })

  test('a deletion or a replacement that is rolled back keeps the record’s files; the replacement’s new file goes', async () => {
    // Fails a delete of a record titled "Kept", and a save that gives it the title "Kept, replaced".
    const failOnKept = (all: CollectionConfig[]) =>
      all.map((collection) =>
        collection.slug === 'documents'
          ? {
              ...collection,
              hooks: {
                ...collection.hooks,
                afterOperation: [
                  ({ operation, result }: { operation: string; result: unknown }) => {
                    const title = (result as { title?: string })?.title
                    if ((operation === 'deleteByID' && title === 'Kept') || (operation === 'updateByID' && title === 'Kept, replaced')) {
                      throw new APIError('injected failure before the commit', 500, null, true)
                    }
                    return result
                  },
                ],
              },
            }
          : collection,
      )
    const failing = await hubInstance('storage-s3-kept', { databaseUrl, s3: settingsFromEnv(), adjustCollections: failOnKept })
    const target = { config: failing.config, key: 'storage-s3-kept' }
    const pdf = await pdfWith('Kept through failures')
    const created = await upload('documents', pdf, 'kept.pdf', documentData({ pilot: pilotId, title: 'Kept' }), target)
    expect(created.status).toBe(201)
    const { id, filename } = created.body.doc as { id: number; filename: string }
    const activityBefore = s3.activity.length

    const deleted = await rest('DELETE', `/documents/${id}`, { token, target })
    expect(deleted.status).toBe(500)
    expect((await payload.count({ collection: 'documents', where: { id: { equals: id } } })).totalDocs).toBe(1)

    const replaced = await rest('PATCH', `/documents/${id}`, {
      token,
      query: { draft: 'true' },
      form: uploadForm(await pdfWith('The replacement'), 'replacement-kept.pdf', { title: 'Kept, replaced' }),
      target,
    })
    expect(replaced.status).toBe(500)
    // The only deletion is the replacement's own new file; the record's file never left.
    expect(s3.activity.slice(activityBefore)).toEqual([
      { event: 'put', key: `${PREFIX}documents/replacement-kept.pdf` },
      { event: 'delete', key: `${PREFIX}documents/replacement-kept.pdf` },
    ])
    expect((await s3.object(`${PREFIX}documents/${filename}`))?.equals(pdf)).toBe(true)
    const file = await download(documentPath(filename), { token, target })
    expect(file.status).toBe(200)
    expect(file.data.equals(pdf)).toBe(true)
  })
})
