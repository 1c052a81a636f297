/**
 * The relevance benchmark's work, run by bench/relevance/run.ts against a throwaway database
 * (DATABASE_URL): seed, make six records single-language, map the published records to search
 * documents with the project's own mapping, index them in every engine, run the judged set and
 * report recall@10, MRR and latency. Not meant to be started by hand.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import config from '@payload-config'
import { getPayload, type Payload } from 'payload'
import type { Pool } from 'pg'

import { closePayload } from '../../src/db/close'
import { applyMigrations } from '../../src/db/migrate'
import { extractAndStore } from '../../src/documents/extraction'
import { seedHub } from '../../src/seed'
import { createSearchIndex, type SearchIndex } from '../../src/search'
import { SEARCH_LOCALES, type SearchDocument, type SearchLocale } from '../../src/search/document'
import { searchWithFewerWords } from '../../src/search/fewer-words'
import { allPublishedSearchDocuments } from '../../src/search/sync/source'
import { generateSyntheticDocuments } from '../lib/synthetic'
import { CUTOFF, mean, median, percentile, recallAt, reciprocalRank } from './metrics'
import { PostgresFullTextSearch } from './postgres-fts'
import { judgedQueries, QUERY_KINDS, type JudgedQuery } from './queries'
import { ONE_LANGUAGE_RECORDS, type RecordRef } from './records'
import { validateJudgedSet } from './validate'

const here = path.dirname(fileURLToPath(import.meta.url))
const argument = (name: string, fallback: number, min: number) => {
  const i = process.argv.indexOf(`--${name}`)
  const value = i >= 0 ? Number(process.argv[i + 1]) : fallback
  if (!Number.isInteger(value) || value < min) throw new Error(`--${name} must be a whole number of at least ${min}`)
  return value
}
const repeat = argument('repeat', 30, 1)
/** Synthetic records added to the seed's, half per locale, that no judged query expects (see distractors()). */
const distractorCount = argument('distractors', 0, 0)
const warmup = 3

type Engine = { name: string; search: (query: JudgedQuery) => Promise<string[]> }
type Outcome = { query: JudgedQuery; hits: string[]; recall: number; rr: number; ms: number }

// The judged set is checked against the seed content before anything runs.
validateJudgedSet(judgedQueries)

const payload = await getPayload({ config })
const pool = (payload.db as unknown as { pool: Pool }).pool
try {
  await applyMigrations(payload)
  await seedHub(payload, { samples: true, log: () => undefined })
  await extractDocumentTexts(payload)
  await makeOneLanguage(payload, pool)
  const docs: SearchDocument[] = []
  for await (const batch of allPublishedSearchDocuments(payload)) docs.push(...batch)
  const seedDocuments = docs.length
  docs.push(...distractors(distractorCount))

  const engines: Engine[] = []
  const embedded = createSearchIndex({})
  await embedded.applySettings()
  await embedded.rebuild([docs])
  engines.push(searchIndexEngine('embedded', embedded))

  const fts = new PostgresFullTextSearch(pool)
  const server = await fts.serverInfo()
  if (server.extensions.length !== 2)
    throw new Error(`PostgreSQL ${server.version} lacks unaccent or pg_trgm (has: ${server.extensions.join(', ')})`)
  await fts.load(docs)
  engines.push({ name: 'postgres-fts', search: (query) => fts.search(query.locale, query.q, query.filters ?? {}, CUTOFF) })

  if (process.env.MEILI_HOST) {
    const meili = createSearchIndex({ ...process.env, MEILI_INDEX_PREFIX: process.env.MEILI_INDEX_PREFIX ?? 'relevance-bench' })
    await meili.applySettings()
    await meili.rebuild([docs])
    engines.push(searchIndexEngine('meilisearch', meili))
  }

  // Warm-up, then `repeat` rounds; the engines take turns within each round so that a busy moment
  // of the machine falls on all of them alike.
  for (let round = 0; round < warmup; round++) for (const engine of engines) for (const query of judgedQueries) await engine.search(query)
  const times = new Map<string, number[][]>(engines.map((engine) => [engine.name, judgedQueries.map(() => [])]))
  const hits = new Map<string, string[][]>(engines.map((engine) => [engine.name, []]))
  for (let round = 0; round < repeat; round++) {
    for (const engine of engines) {
      for (const [i, query] of judgedQueries.entries()) {
        const started = performance.now()
        const found = await engine.search(query)
        times.get(engine.name)![i]!.push(performance.now() - started)
        if (round === 0) hits.get(engine.name)![i] = found
      }
    }
  }

  const outcomes = new Map<string, Outcome[]>(
    engines.map((engine) => [
      engine.name,
      judgedQueries.map((query, i) => {
        const found = hits.get(engine.name)![i]!
        return {
          query,
          hits: found,
          recall: recallAt(query.expected, found),
          rr: reciprocalRank(query.expected, found),
          ms: median(times.get(engine.name)![i]!),
        }
      }),
    ]),
  )
  const report = renderReport(engines, outcomes, { docs: seedDocuments, distractors: distractorCount, postgres: server.version })
  console.log(report.summary)
  const results = path.resolve(here, '../results')
  fs.mkdirSync(results, { recursive: true })
  const stamp = new Date().toISOString().replace(/[:.]/g, '-')
  fs.writeFileSync(path.join(results, `relevance-${stamp}.md`), report.full)
  fs.writeFileSync(path.join(results, 'relevance-latest.md'), report.full)
  fs.writeFileSync(
    path.join(results, `relevance-${stamp}.json`),
    JSON.stringify(
      {
        date: new Date().toISOString(),
        repeat,
        documents: seedDocuments,
        distractors: distractorCount,
        engines: Object.fromEntries(
          [...outcomes].map(([name, list]) => [
            name,
            list.map((o) => ({
              id: o.query.id,
              kind: o.query.kind,
              locale: o.query.locale,
              recall: o.recall,
              rr: o.rr,
              ms: o.ms,
              hits: o.hits,
            })),
          ]),
        ),
      },
      null,
      2,
    ),
  )
  console.log(`\nwritten: bench/results/relevance-${stamp}.md (and .json, relevance-latest.md)`)
  await fts.drop()
} finally {
  await closePayload(payload)
}
process.exit(0)

/**
 * Noise for a corpus closer to a real install than the seed's 31 records per locale: the
 * benchmark's synthetic records (word salad of the field's words and invented words, titled
 * "[synthetic]"), which no reader would want, so no judged query expects them. Their facets are
 * emptied: every facet-only query filters on more than the record type, so none can match them.
 */
function distractors(count: number): SearchDocument[] {
  return generateSyntheticDocuments({ count, seed: 16, locales: ['en', 'fr'] }).map((doc) => ({
    ...doc,
    pilotNames: [],
    pilotSlugs: [],
    countries: [],
    themes: [],
    themeGroups: [],
    targetGroups: [],
    interventionTypes: [],
    evidenceLevel: null,
    lessonKind: null,
    year: null,
    languages: [],
    fundingInstruments: [],
  }))
}

/** An engine as the search page asks it: with fewer words when all of them find nothing (search/fewer-words.ts). */
function searchIndexEngine(name: string, index: SearchIndex): Engine {
  return {
    name,
    search: async (query) => {
      const result = await searchWithFewerWords(index, {
        locale: query.locale,
        q: query.q,
        filters: query.filters ?? {},
        facets: [],
        sort: 'relevance',
        page: 1,
        hitsPerPage: CUTOFF,
      })
      return result.hits.map((hit) => `${hit.type}:${hit.slug}`)
    },
  }
}

/** The seed's sample PDFs: their text is extracted as the upload job would do it. */
async function extractDocumentTexts(payload: Payload): Promise<void> {
  const { docs } = await payload.find({ collection: 'documents', limit: 0, pagination: false, depth: 0, overrideAccess: true })
  for (const doc of docs) {
    if (!doc.filename) continue
    const outcome = await extractAndStore(payload, { documentId: String(doc.id), filename: doc.filename, mimeType: doc.mimeType ?? '' })
    if (outcome.status !== 'extracted')
      throw new Error(`the text of ${doc.filename} was not extracted: ${outcome.reason ?? outcome.status}`)
  }
}

/**
 * Removes the text of the other language from the records of ONE_LANGUAGE_RECORDS, in the
 * database, as if they had never been translated; then checks, through Payload, that the record
 * has no text in that language any more and still has it in its own.
 */
async function makeOneLanguage(payload: Payload, pool: Pool): Promise<void> {
  for (const own of SEARCH_LOCALES) {
    const missing: SearchLocale = own === 'en' ? 'fr' : 'en'
    for (const record of ONE_LANGUAGE_RECORDS[own]) {
      const [type, slug] = record.split(':') as [string, string]
      const collection = type === 'practice' ? 'practices' : type === 'lesson' ? 'lessons' : undefined
      if (!collection) throw new Error(`${record}: only practices and lessons can be made single-language here`)
      const found = await pool.query<{ id: number }>(`SELECT id FROM ${collection} WHERE slug = $1`, [slug])
      const id = found.rows[0]?.id
      if (id === undefined) throw new Error(`${record} was not seeded`)
      const statements = [
        `DELETE FROM ${collection}_locales WHERE _parent_id = $1 AND _locale = $2`,
        `DELETE FROM _${collection}_v_locales WHERE _locale = $2 AND _parent_id IN (SELECT id FROM _${collection}_v WHERE parent_id = $1)`,
      ]
      if (collection === 'practices') {
        statements.push(
          `DELETE FROM practices_steps_locales WHERE _locale = $2 AND _parent_id IN (SELECT id FROM practices_steps WHERE _parent_id = $1)`,
          `DELETE FROM _practices_v_version_steps_locales WHERE _locale = $2 AND _parent_id IN
             (SELECT s.id FROM _practices_v_version_steps s JOIN _practices_v v ON v.id = s._parent_id WHERE v.parent_id = $1)`,
        )
      }
      for (const statement of statements) await pool.query(statement, [id, missing])
      const read = async (locale: SearchLocale) => {
        const { docs } = await payload.find({
          collection,
          where: { slug: { equals: slug } },
          locale,
          fallbackLocale: false,
          depth: 0,
          limit: 1,
          overrideAccess: true,
        })
        return (docs[0] as { title?: string | null } | undefined)?.title
      }
      if (await read(missing)) throw new Error(`${record} still has a ${missing} title after its ${missing} text was removed`)
      if (!(await read(own))) throw new Error(`${record} lost its ${own} title`)
    }
  }
}

type Row = { label: string; queries: JudgedQuery[] }

function renderReport(engines: Engine[], outcomes: Map<string, Outcome[]>, info: { docs: number; distractors: number; postgres: string }) {
  const byQuery = (name: string) => new Map(outcomes.get(name)!.map((o) => [o.query.id, o]))
  const lookups = new Map(engines.map((engine) => [engine.name, byQuery(engine.name)]))
  const rows: Row[] = [
    { label: 'all', queries: [...judgedQueries] },
    ...QUERY_KINDS.map((kind) => ({ label: `kind: ${kind}`, queries: judgedQueries.filter((q) => q.kind === kind) })),
    ...SEARCH_LOCALES.map((locale) => ({ label: `locale: ${locale}`, queries: judgedQueries.filter((q) => q.locale === locale) })),
  ]
  const fmt = (value: number) => value.toFixed(2)
  const ms = (value: number) => value.toFixed(2)
  const header = ['', 'queries', ...engines.flatMap((engine) => [`${engine.name} recall@${CUTOFF}`, `${engine.name} MRR`])]
  const table = [
    `| ${header.join(' | ')} |`,
    `|${header.map((_, i) => (i === 0 ? ' --- ' : ' ---: ')).join('|')}|`,
    ...rows.map((row) => {
      const cells = engines.flatMap((engine) => {
        const list = row.queries.map((q) => lookups.get(engine.name)!.get(q.id)!)
        return [fmt(mean(list.map((o) => o.recall))), fmt(mean(list.map((o) => o.rr)))]
      })
      return `| ${row.label} | ${row.queries.length} | ${cells.join(' | ')} |`
    }),
  ].join('\n')
  const latencyHeader = ['', ...engines.flatMap((engine) => [`${engine.name} p50 ms`, `${engine.name} p95 ms`])]
  const latencyRows: Row[] = [
    { label: 'all', queries: [...judgedQueries] },
    { label: 'with words', queries: judgedQueries.filter((q) => q.q !== '') },
    { label: 'facets only', queries: judgedQueries.filter((q) => q.q === '') },
  ]
  const latency = [
    `| ${latencyHeader.join(' | ')} |`,
    `|${latencyHeader.map((_, i) => (i === 0 ? ' --- ' : ' ---: ')).join('|')}|`,
    ...latencyRows.map((row) => {
      const cells = engines.flatMap((engine) => {
        const list = row.queries.map((q) => lookups.get(engine.name)!.get(q.id)!.ms)
        return [ms(percentile(list, 50)), ms(percentile(list, 95))]
      })
      return `| ${row.label} | ${cells.join(' | ')} |`
    }),
  ].join('\n')
  const context =
    `${judgedQueries.length} judged queries over ${info.docs} search documents of the seed content (${ONE_LANGUAGE_RECORDS.en.length} records ` +
    `in English only, ${ONE_LANGUAGE_RECORDS.fr.length} in French only)` +
    (info.distractors ? ` and ${info.distractors} synthetic distractors` : '') +
    `; latency: median of ${repeat} runs per query after ${warmup} ` +
    `warm-up rounds, then p50/p95 over the queries; node ${process.version}, ${os.cpus().length} CPUs, PostgreSQL ${info.postgres}.`
  const summary = [`Relevance (recall@${CUTOFF}, MRR)`, '', table, '', 'Latency', '', latency, '', context].join('\n')

  const misses = engines
    .map((engine) => {
      const lines = outcomes
        .get(engine.name)!
        .filter((o) => o.recall < 1)
        .map((o) => {
          const missing = o.query.expected.filter((record) => !o.hits.slice(0, CUTOFF).includes(record))
          const q = o.query.q ? `"${o.query.q}"` : JSON.stringify(o.query.filters)
          return `| ${o.query.id} | ${o.query.kind} | ${q} | ${fmt(o.recall)} | ${fmt(o.rr)} | ${missing.map(short).join(', ')} | ${o.hits.slice(0, 3).map(short).join(', ') || '(none)'} |`
        })
      return [
        `### ${engine.name}: queries not fully found (${lines.length})`,
        '',
        '| query | kind | words or filters | recall | RR | expected, not in the first 10 | first 3 hits |',
        '| --- | --- | --- | ---: | ---: | --- | --- |',
        ...lines,
      ].join('\n')
    })
    .join('\n\n')
  const full = [`# Relevance benchmark, ${new Date().toISOString()}`, '', summary, '', '## Misses', '', misses, ''].join('\n')
  return { summary, full }
}

function short(record: RecordRef | string): string {
  return record.length > 60 ? `${record.slice(0, 57)}…` : record
}
