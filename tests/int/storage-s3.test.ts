import fs from 'node:fs'

import { APIError, type CollectionConfig, type Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { parseEnv } from '../../src/core/env'
import { uploadDir } from '../../src/documents/upload-dir'
import { readySearchIndex } from '../../src/search/sync/ready'
import { documentData, pilotData } from '../support/fixtures'
import { pdfWith } from '../support/files'
import { createUser, download, errorPaths, login, rest, uploadForm, type HubTarget } from '../support/hub'
import { hubInstance, isolatedDatabase } from '../support/isolated'
import { startS3Server } from '../support/s3'
import { freshSearchIndex, runSearchJobs } from '../support/search'

/**
 * The hub with uploads in an S3-compatible bucket (S3_* variables), against a real S3 server
 * in this process (s3rver). Its own database; the bucket is read from the server's side.
 */

const PREFIX = 'hub-int/'
let s3: Awaited<ReturnType<typeof startS3Server>>
let payload: Payload
let hub: HubTarget
let token: string
let pilotId: number | string
let databaseUrl: string

/** The S3 settings as the portal reads them from its environment. */
const settingsFromEnv = (overrides: Record<string, string> = {}) =>
  parseEnv({
    ...process.env,
    S3_BUCKET: s3.bucket,
    S3_ENDPOINT: s3.endpoint,
    S3_ACCESS_KEY_ID: s3.accessKeyId,
    S3_SECRET_ACCESS_KEY: s3.secretAccessKey,
    S3_PREFIX: PREFIX,
    ...overrides,
  }).S3

const onDisk = (collection: 'documents' | 'media', name: string) => fs.existsSync(`${uploadDir(collection)}/${name}`)

async function upload(collection: 'documents' | 'media', data: Buffer, name: string, fields: Record<string, unknown>, target = hub) {
  return rest('POST', `/${collection}`, { token, form: uploadForm(data, name, fields), target })
}

const documentPath = (name: string) => `/documents/file/${encodeURIComponent(name)}`

beforeAll(async () => {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true'
  s3 = await startS3Server()
  databaseUrl = await isolatedDatabase('storage_s3')
  const key = 'storage-s3'
  payload = await hubInstance(key, { databaseUrl, s3: settingsFromEnv() })
  hub = { config: payload.config, key }
  const admin = await createUser(payload, 'admin')
  token = await login(admin.email, admin.password, hub)
  pilotId = (await payload.create({ collection: 'pilots', data: pilotData({ _status: 'published' }) as never })).id
  freshSearchIndex()
  await readySearchIndex(payload)
})

afterAll(async () => {
  await s3?.stop()
})

describe('uploads go to the bucket, not to local disk', () => {
  test('a PDF: stored in the bucket, its text extracted from there, downloaded with its name, type and no sniffing', async () => {
    const pdf = await pdfWith('Quokkaword lives only inside this bucket')
    // The test files share one data folder: a file of this name left by another file's local-disk
    // uploads would say nothing about this upload.
    fs.rmSync(`${uploadDir('documents')}/Rapport annuel é.pdf`, { force: true })
    const created = await upload('documents', pdf, 'Rapport annuel é.pdf', documentData({ pilot: pilotId }))
    expect(created.status, JSON.stringify(created.body).slice(0, 300)).toBe(201)
    const { id, filename } = created.body.doc as { id: number; filename: string }

    expect(await s3.keys(`${PREFIX}documents/`)).toContain(`${PREFIX}documents/${filename}`)
    expect((await s3.object(`${PREFIX}documents/${filename}`))?.equals(pdf)).toBe(true)
    expect(onDisk('documents', filename)).toBe(false)

    await payload.update({ collection: 'documents', id, data: { _status: 'published' } as never })
    await runSearchJobs(payload)
    const texts = await payload.find({ collection: 'document-texts', where: { document: { equals: id } }, overrideAccess: true })
    expect(texts.docs[0]).toMatchObject({ status: 'extracted', filename })
    expect(texts.docs[0]?.text).toMatch(/Quokkaword/)

    const file = await download(documentPath(filename), { target: hub })
    expect(file.status).toBe(200)
    expect(file.data.equals(pdf)).toBe(true)
    expect(file.headers.get('content-type')).toBe('application/pdf')
    expect(file.headers.get('content-length')).toBe(String(pdf.byteLength))
    expect(file.headers.get('x-content-type-options')).toBe('nosniff')
    expect(file.headers.get('content-security-policy')).toMatch(/sandbox/)
    expect(file.headers.get('content-disposition')).toMatch(
      /^attachment; filename="Rapport annuel e\.pdf"; filename\*=UTF-8''Rapport%20annuel%20%C3%A9\.pdf$/,
    )
  })

  test('an image: the re-encoded file and its generated size are stored in the bucket and served from there', async () => {
    const image = await sharp({ create: { width: 800, height: 400, channels: 3, background: '#20639b' } })
      .png()
      .toBuffer()
    const created = await upload('media', image, 'harbour.png', { alt: 'A harbour' })
    expect(created.status, JSON.stringify(created.body).slice(0, 300)).toBe(201)
    const doc = created.body.doc as { filename: string; sizes: Record<string, { filename: string | null }> }
    const card = doc.sizes.card.filename!
    expect(doc.sizes.wide.filename).toBeNull() // smaller than 1280 px: not enlarged
    expect(await s3.keys(`${PREFIX}media/`)).toEqual(expect.arrayContaining([`${PREFIX}media/${doc.filename}`, `${PREFIX}media/${card}`]))
    expect(onDisk('media', doc.filename) || onDisk('media', card)).toBe(false)

    for (const [name, width] of [
      [doc.filename, 800],
      [card, 640],
    ] as const) {
      const file = await download(`/media/file/${encodeURIComponent(name)}`, { target: hub })
      expect(file.status).toBe(200)
      expect(file.headers.get('content-type')).toBe('image/png')
      expect(file.headers.get('x-content-type-options')).toBe('nosniff')
      expect((await sharp(file.data).metadata()).width).toBe(width)
    }
  })

  test('a refused, too large or invalid upload stores nothing: no object, no row', async () => {
    const keysBefore = await s3.keys(PREFIX)
    const rowsBefore = (await payload.count({ collection: 'documents' })).totalDocs
    const html = Buffer.from('<!DOCTYPE html><html><body><script>alert(1)</script></body></html>')
    const refused = await upload('documents', html, 'report.pdf', documentData({ pilot: pilotId }))
    expect(refused.status).toBe(400)
    expect(errorPaths(refused.body)).toContain('file')
    // Over UPLOAD_MAX_BYTES: stopped while streaming in (docs/security.md).
    const tooLarge = await upload(
      'documents',
      Buffer.concat([await pdfWith('Big'), Buffer.alloc(26 * 1024 * 1024)]),
      'big.pdf',
      documentData({ pilot: pilotId }),
    )
    expect(tooLarge.status).toBe(413)
    const invalid = await upload('documents', await pdfWith('No title'), 'untitled.pdf', { kind: 'report' })
    expect(invalid.status).toBe(400)
    expect(errorPaths(invalid.body)).toContain('title')
    expect(await s3.keys(PREFIX)).toEqual(keysBefore)
    expect((await payload.count({ collection: 'documents' })).totalDocs).toBe(rowsBefore)
  })
})

describe('access to the files in the bucket', () => {
  test('a draft’s file is refused to the public and given to editors; a pending draft revision’s new file likewise', async () => {
    const draftPdf = await pdfWith('Never published')
    const draft = await upload('documents', draftPdf, 'internal-note.pdf', documentData({ pilot: pilotId }))
    expect(draft.status).toBe(201)
    expect([403, 404]).toContain((await download(documentPath(draft.body.doc.filename), { target: hub })).status)
    const asAdmin = await download(documentPath(draft.body.doc.filename), { token, target: hub })
    expect(asAdmin.status).toBe(200)
    expect(asAdmin.data.equals(draftPdf)).toBe(true)

    const publishedPdf = await pdfWith('Published edition')
    const created = await upload('documents', publishedPdf, 'edition.pdf', documentData({ pilot: pilotId }))
    const id = created.body.doc.id
    const publishedName = created.body.doc.filename as string
    await payload.update({ collection: 'documents', id, data: { _status: 'published' } as never })
    const revisedPdf = await pdfWith('Revised edition')
    const revision = await rest('PATCH', `/documents/${id}`, {
      token,
      query: { draft: 'true' },
      form: uploadForm(revisedPdf, 'edition.pdf', {}),
      target: hub,
    })
    expect(revision.status, JSON.stringify(revision.body).slice(0, 300)).toBe(200)
    const revisedName = revision.body.doc.filename as string
    expect(revisedName).not.toBe(publishedName)
    // Both files are in use: the published one by the public, the revision's by its editors.
    expect(await s3.keys(`${PREFIX}documents/`)).toEqual(
      expect.arrayContaining([`${PREFIX}documents/${publishedName}`, `${PREFIX}documents/${revisedName}`]),
    )

    expect((await download(documentPath(publishedName), { target: hub })).data.equals(publishedPdf)).toBe(true)
    expect([403, 404]).toContain((await download(documentPath(revisedName), { target: hub })).status)
    const revisedForEditors = await download(documentPath(revisedName), { token, target: hub })
    expect(revisedForEditors.status).toBe(200)
    expect(revisedForEditors.data.equals(revisedPdf)).toBe(true)

    // Once the revision is published, the old file is no longer used by anyone: it leaves the bucket.
    await payload.update({ collection: 'documents', id, data: { _status: 'published' } as never })
    const keys = await s3.keys(`${PREFIX}documents/`)
    expect(keys).toContain(`${PREFIX}documents/${revisedName}`)
    expect(keys).not.toContain(`${PREFIX}documents/${publishedName}`)
    expect((await download(documentPath(revisedName), { target: hub })).data.equals(revisedPdf)).toBe(true)
  })

  test('a range of a file is served after the same checks (206 with the bytes asked for); a draft’s range is refused to the public', async () => {
    const pdf = await pdfWith('Ranges of a published file')
    const created = await upload('documents', pdf, 'ranged.pdf', documentData({ pilot: pilotId }))
    const filename = created.body.doc.filename as string
    // One save, one version (the plugin's own second save of the record is skipped).
    const versions = await payload.findVersions({ collection: 'documents', where: { parent: { equals: created.body.doc.id } } })
    expect(versions.totalDocs).toBe(1)
    const range = { range: 'bytes=0-9' }
    expect([403, 404]).toContain((await download(documentPath(filename), { headers: range, target: hub })).status)
    await payload.update({ collection: 'documents', id: created.body.doc.id, data: { _status: 'published' } as never })
    const part = await download(documentPath(filename), { headers: range, target: hub })
    expect(part.status).toBe(206)
    expect(part.headers.get('content-range')).toBe(`bytes 0-9/${pdf.byteLength}`)
    expect(part.headers.get('content-length')).toBe('10')
    expect(part.data.equals(pdf.subarray(0, 10))).toBe(true)
    expect(part.headers.get('content-disposition')).toMatch(/^attachment; filename="ranged\.pdf"/)
    expect(part.headers.get('x-content-type-options')).toBe('nosniff')
  })

  test('file URLs lead to the portal’s route, never to the bucket; the plugin’s storage fields are neither shown nor writable', async () => {
    const image = await sharp({ create: { width: 900, height: 300, channels: 3, background: '#336699' } })
      .png()
      .toBuffer()
    // A caller naming another folder in the bucket (the plugin's per-record prefix) is ignored.
    const created = await upload('media', image, 'strip.png', { alt: 'A strip', prefix: 'elsewhere', _objectKey: 'chosen-key' })
    expect(created.status, JSON.stringify(created.body).slice(0, 300)).toBe(201)
    const doc = created.body.doc
    expect(doc.url).toBe(`http://localhost:3000/api/media/file/${doc.filename}`)
    expect(doc.sizes.card.url).toBe(`http://localhost:3000/api/media/file/${doc.sizes.card.filename}`)
    expect(doc).not.toHaveProperty('prefix')
    expect(doc).not.toHaveProperty('_objectKey')
    expect(await s3.keys(`${PREFIX}media/`)).toEqual(
      expect.arrayContaining([`${PREFIX}media/${doc.filename}`, `${PREFIX}media/${doc.sizes.card.filename}`]),
    )
    expect(await s3.keys(`${PREFIX}media/elsewhere`)).toEqual([])
    expect(await s3.keys(`${PREFIX}media/chosen-key`)).toEqual([])
    // Nor can a later save move the record's files elsewhere.
    const moved = await rest('PATCH', `/media/${doc.id}`, { token, body: { prefix: 'elsewhere' }, target: hub })
    expect(moved.status).toBe(200)
    const stored = await payload.db.findOne({ collection: 'media', where: { id: { equals: doc.id } } })
    expect(stored).toMatchObject({ prefix: '', _objectKey: null })
    const file = await download(`/media/file/${encodeURIComponent(doc.filename)}`, { target: hub })
    expect(file.status).toBe(200)
    expect(file.data.byteLength).toBeGreaterThan(0)
    expect(JSON.stringify((await rest('GET', `/media/${doc.id}`, { target: hub })).body)).not.toContain(s3.endpoint)
  })

  test('a file missing from the bucket answers 404, not an error page', async () => {
    const created = await upload('documents', await pdfWith('Soon gone'), 'gone.pdf', documentData({ pilot: pilotId }))
    const filename = created.body.doc.filename as string
    await s3.remove(`${PREFIX}documents/${filename}`)
    const file = await rest('GET', documentPath(filename), { token, target: hub })
    expect(file.status).toBe(404)
    expect(JSON.stringify(file.body)).toMatch(/missing/)
  })
})

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
