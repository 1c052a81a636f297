/**
 * Benchmark of the upload check on the bad-file corpus (not a test): how long each refusal takes
 * and how much memory it costs, the zip bomb included. The refusals themselves are tested in
 * tests/unit/documents.test.ts.
 *   npx tsx bench/upload-corpus.ts
 */
import { inspectUpload } from '../src/documents/inspect'
import { badFileCorpus } from '../tests/support/files'

const limit = 2 * 1024 * 1024
const rows: { file: string; ms: number; rssMb: number }[] = []
for (const item of await badFileCorpus(limit)) {
  const rssBefore = process.memoryUsage().rss
  const started = performance.now()
  await inspectUpload({ data: item.data, name: item.file }, item.kind, limit).catch(() => undefined)
  rows.push({
    file: item.name,
    ms: Math.round(performance.now() - started),
    rssMb: Math.round((process.memoryUsage().rss - rssBefore) / 1024 / 1024),
  })
}
console.table(rows)
console.log(
  `slowest ${Math.max(...rows.map((row) => row.ms))} ms; peak RSS ${Math.round((process.resourceUsage().maxRSS * 1024) / 1024 / 1024)} MB`,
)
