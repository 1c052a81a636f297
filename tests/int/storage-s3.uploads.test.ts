import fs from 'node:fs'

import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { uploadDir } from '../../src/documents/upload-dir'
import { documentData } from '../support/fixtures'
import { pdfWith } from '../support/files'
import { download, errorPaths, rest, uploadForm } from '../support/hub'
import { runSearchJobs } from '../support/search'
import {
  PREFIX,
  documentPath,
  hub,
  onDisk,
  payload,
  pilotId,
  s3,
  setUpStorage,
  tearDownStorage,
  token,
  upload,
} from '../support/storage-s3'

/**
 * Uploads go to the bucket (S3_* variables, a real S3 server in this process), not to local disk,
 * and the files in it are served by the portal's own route after its access checks. Its own
 * database; the bucket is read from the server's side. Objects in step with records, and nothing
 * half written, are in storage-s3.objects.test.ts.
 */

beforeAll(setUpStorage)

afterAll(tearDownStorage)

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
