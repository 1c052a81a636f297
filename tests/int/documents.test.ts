import fs from 'node:fs'

import type { Payload } from 'payload'
import sharp from 'sharp'
import { beforeAll, describe, expect, test } from 'vitest'

import { uploadDir } from '../../src/documents/upload-dir'
import { readySearchIndex } from '../../src/search/sync/ready'
import { documentData, pilotData } from '../support/fixtures'
import { badFileCorpus, docxWith, jpegWithGps, odtWith, pdfWith, pptxWith, xlsxWith } from '../support/files'
import { createUser, download, errorPaths, login, rest, testPayload, uploadForm } from '../support/hub'
import { freshSearchIndex, runSearchJobs } from '../support/search'

let payload: Payload
let token: string
let pilotId: number | string

async function upload(collection: 'documents' | 'media', data: Buffer, name: string, fields: Record<string, unknown>) {
  const { default: config } = await import('@payload-config')
  const { REST_POST } = await import('@payloadcms/next/routes')
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(data)]), name)
  form.append('_payload', JSON.stringify(fields))
  const request = new Request(`http://localhost:3000/api/${collection}`, {
    method: 'POST',
    headers: { authorization: `JWT ${token}` },
    body: form,
  })
  const response = await REST_POST(config)(request, { params: Promise.resolve({ slug: [collection] }) })
  return { status: response.status, body: await response.json() }
}

const filesOnDisk = (collection: 'documents' | 'media') =>
  fs.existsSync(uploadDir(collection)) ? fs.readdirSync(uploadDir(collection)).sort() : []

beforeAll(async () => {
  payload = await testPayload()
  const admin = await createUser(payload, 'admin')
  token = await login(admin.email, admin.password)
  pilotId = (await payload.create({ collection: 'pilots', data: pilotData({ _status: 'published' }) as never })).id
  freshSearchIndex()
  await readySearchIndex(payload)
})

describe('the bad-file corpus is refused with the reason, and nothing is left behind', async () => {
  const corpus = await badFileCorpus(25 * 1024 * 1024)
  test.each(corpus.map((item) => [item.name, item] as const))('%s', async (_name, item) => {
    const collection = item.kind === 'image' ? 'media' : 'documents'
    const rowsBefore = (await payload.count({ collection })).totalDocs
    const filesBefore = filesOnDisk(collection)
    const fields = collection === 'media' ? { alt: 'An image' } : documentData({ pilot: pilotId })
    const response = await upload(collection, item.data, item.file, fields)
    if (item.name === 'a file over the limit') {
      // Stopped while streaming in, before it is held in memory: 413 Payload Too Large.
      expect(response.status).toBe(413)
      expect(JSON.stringify(response.body)).toMatch(/File size limit has been reached/)
    } else {
      expect(response.status, JSON.stringify(response.body).slice(0, 300)).toBe(400)
      expect(errorPaths(response.body)).toContain('file')
      expect(JSON.stringify(response.body)).toMatch(item.reason)
    }
    expect((await payload.count({ collection })).totalDocs).toBe(rowsBefore)
    expect(filesOnDisk(collection)).toEqual(filesBefore)
  })
})

describe('good files of every accepted type', () => {
  test.each([
    ['pdf', 'report.pdf', () => pdfWith('Okapiword appears only inside this PDF')],
    ['docx', 'toolkit.docx', async () => docxWith('Narwhalword appears only inside this DOCX')],
    ['xlsx', 'figures.xlsx', async () => xlsxWith('Pangolinword appears only inside this XLSX')],
    ['pptx', 'slides.pptx', async () => pptxWith('Axolotlword appears only inside this PPTX')],
    ['odt', 'note.odt', async () => odtWith('Tapirword appears only inside this ODT')],
  ] as const)('%s uploads, its text is extracted, and a word only inside it finds it', async (type, name, make) => {
    const word = { pdf: 'okapiword', docx: 'narwhalword', xlsx: 'pangolinword', pptx: 'axolotlword', odt: 'tapirword' }[type]
    const response = await upload('documents', await make(), name, documentData({ pilot: pilotId }))
    expect(response.status, JSON.stringify(response.body).slice(0, 300)).toBe(201)
    const id = response.body.doc.id
    await payload.update({ collection: 'documents', id, data: { _status: 'published' } as never })
    await runSearchJobs(payload)
    const texts = await payload.find({ collection: 'document-texts', where: { document: { equals: id } }, overrideAccess: true })
    expect(texts.docs[0]).toMatchObject({ status: 'extracted', truncated: false })
    const found = await rest('GET', '/search', { query: { q: word, locale: 'en' } })
    expect(found.body.hits.map((hit: { recordId: string }) => hit.recordId)).toContain(String(id))
    expect(found.body.hits[0].highlight.body).toMatch(new RegExp(`<mark>${word}</mark>`, 'i'))
  })

  test('a failed extraction marks the text "not extracted" with the reason; the upload stands', async () => {
    const response = await upload('documents', await pdfWith('Never read'), 'gone.pdf', documentData({ pilot: pilotId }))
    expect(response.status).toBe(201)
    fs.rmSync(`${uploadDir('documents')}/${response.body.doc.filename}`)
    await runSearchJobs(payload)
    const texts = await payload.find({
      collection: 'document-texts',
      where: { document: { equals: response.body.doc.id } },
      overrideAccess: true,
    })
    expect(texts.docs[0]?.status).toBe('failed')
    expect(texts.docs[0]?.reason).toMatch(/ENOENT|no such file/)
    expect((await payload.count({ collection: 'documents', where: { id: { equals: response.body.doc.id } } })).totalDocs).toBe(1)
  })
})

describe('downloads', () => {
  test('a published document downloads with its name, its type and no sniffing; a draft’s file is refused to the public', async () => {
    const published = await upload('documents', await pdfWith('Public report'), 'Rapport annuel é.pdf', documentData({ pilot: pilotId }))
    await payload.update({ collection: 'documents', id: published.body.doc.id, data: { _status: 'published' } as never })
    const draft = await upload('documents', await pdfWith('Secret draft'), 'draft-report.pdf', documentData({ pilot: pilotId }))

    const file = await rest('GET', `/documents/file/${encodeURIComponent(published.body.doc.filename)}`)
    expect(file.status).toBe(200)
    expect(file.headers.get('content-type')).toBe('application/pdf')
    expect(file.headers.get('x-content-type-options')).toBe('nosniff')
    expect(file.headers.get('content-disposition')).toMatch(
      /^attachment; filename="Rapport annuel e\.pdf"; filename\*=UTF-8''Rapport%20annuel%20%C3%A9\.pdf$/,
    )

    const hidden = await rest('GET', `/documents/file/${encodeURIComponent(draft.body.doc.filename)}`)
    expect([403, 404]).toContain(hidden.status)
    const asAdmin = await rest('GET', `/documents/file/${encodeURIComponent(draft.body.doc.filename)}`, { token })
    expect(asAdmin.status).toBe(200)
  })

  test('a pending draft revision’s new file: editors and the pilot’s contributors download it, the public keeps the published file', async () => {
    const editor = await createUser(payload, 'editor')
    const member = await createUser(payload, 'contributor', [pilotId])
    const otherPilot = await payload.create({ collection: 'pilots', data: pilotData({ _status: 'published' }) as never })
    const outsider = await createUser(payload, 'contributor', [otherPilot.id])
    const [editorToken, memberToken, outsiderToken] = [
      await login(editor.email, editor.password),
      await login(member.email, member.password),
      await login(outsider.email, outsider.password),
    ]

    const publishedPdf = await pdfWith('Policy brief as published')
    const created = await upload('documents', publishedPdf, 'policy-brief.pdf', documentData({ pilot: pilotId }))
    expect(created.status).toBe(201)
    const id = created.body.doc.id
    await payload.update({ collection: 'documents', id, data: { _status: 'published' } as never })
    const publishedName = created.body.doc.filename as string

    // The pilot's contributor replaces the file in a draft revision; the published version stays public meanwhile.
    const revisedPdf = await pdfWith('Policy brief revised, pending review')
    const revision = await rest('PATCH', `/documents/${id}`, {
      token: memberToken,
      query: { draft: 'true' },
      form: uploadForm(revisedPdf, 'policy-brief-revised.pdf', {}),
    })
    expect(revision.status, JSON.stringify(revision.body).slice(0, 300)).toBe(200)
    const draftName = revision.body.doc.filename as string
    expect(draftName).not.toBe(publishedName)
    const main = await payload.findByID({ collection: 'documents', id, depth: 0 })
    expect(main.filename).toBe(publishedName)

    const path = (name: string) => `/documents/file/${encodeURIComponent(name)}`
    // The public: the published file, never the draft's.
    const publicFile = await download(path(publishedName))
    expect(publicFile.status).toBe(200)
    expect(publicFile.data.equals(publishedPdf)).toBe(true)
    expect([403, 404]).toContain((await download(path(draftName))).status)
    // A contributor of another pilot is the public here.
    expect([403, 404]).toContain((await download(path(draftName), { token: outsiderToken })).status)
    expect((await download(path(publishedName), { token: outsiderToken })).status).toBe(200)

    for (const [who, readerToken] of [
      ['editor', editorToken],
      ['admin', token],
      ['contributor of the pilot', memberToken],
    ] as const) {
      const draftFile = await download(path(draftName), { token: readerToken })
      expect(draftFile.status, who).toBe(200)
      expect(draftFile.data.equals(revisedPdf), who).toBe(true)
      expect(draftFile.headers.get('content-disposition'), who).toContain('filename="policy-brief-revised')
      expect(draftFile.headers.get('x-content-type-options'), who).toBe('nosniff')
      expect(draftFile.headers.get('cache-control'), who).toMatch(/^private/)
      const publishedFile = await download(path(publishedName), { token: readerToken })
      expect(publishedFile.status, who).toBe(200)
      expect(publishedFile.data.equals(publishedPdf), who).toBe(true)
    }
  })

  test('images are served with their stored type and no sniffing, their sizes too', async () => {
    const image = await sharp({ create: { width: 800, height: 400, channels: 3, background: '#4a7f2c' } })
      .png()
      .toBuffer()
    const created = await upload('media', image, 'landscape.png', { alt: 'A landscape' })
    expect(created.status, JSON.stringify(created.body).slice(0, 300)).toBe(201)
    const card = created.body.doc.sizes.card.filename as string
    expect(card).toMatch(/^landscape-640x320\.png$/)
    for (const name of [created.body.doc.filename as string, card]) {
      const file = await download(`/media/file/${encodeURIComponent(name)}`)
      expect(file.status).toBe(200)
      expect(file.headers.get('content-type')).toBe('image/png')
      expect(file.headers.get('x-content-type-options')).toBe('nosniff')
      expect((await sharp(file.data).metadata()).format).toBe('png')
    }
    expect((await download('/media/file/not-an-image.png')).status).toBe(404)
  })
})

test('image metadata is stripped: the stored file has no EXIF or GPS block', async () => {
  const response = await upload('media', await jpegWithGps(), 'photo.jpg', { alt: 'A photo' })
  expect(response.status, JSON.stringify(response.body).slice(0, 300)).toBe(201)
  const stored = fs.readFileSync(`${uploadDir('media')}/${response.body.doc.filename}`)
  const meta = await sharp(stored).metadata()
  expect(meta.exif).toBeUndefined()
  expect(meta.width).toBe(64)
})
