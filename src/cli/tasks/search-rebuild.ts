/**
 * Rebuilds the search index from the database into a new index and swaps it in (npm run
 * search:rebuild). With the embedded engine there is nothing to rebuild outside the portal's
 * own process (it rebuilds itself at start): this command is for Meilisearch.
 */
import { SingleBar, Presets } from 'cli-progress'

import { logFormatOf } from '../../core/log'
import { INDEXED_COLLECTIONS } from '../../model/content-types'
import { getSearchIndex } from '../../search'
import { rebuildSearchIndex } from '../../search/sync/ready'
import { task } from './task'

await task(async (payload) => {
  const index = getSearchIndex()
  if (index.engine === 'embedded') {
    payload.logger.info(
      'No MEILI_HOST: the embedded engine rebuilds itself inside the portal process at start. Counting what it would index.',
    )
  }
  const total = (
    await Promise.all(
      INDEXED_COLLECTIONS.map(async (collection) => (await payload.count({ collection, overrideAccess: false, user: null })).totalDocs * 2),
    )
  ).reduce((sum, count) => sum + count, 0)
  // A progress bar on a terminal; with JSON logs (production) only the log entries.
  const bar =
    logFormatOf() === 'pretty' && process.stderr.isTTY
      ? new SingleBar({ format: 'search rebuild |{bar}| {value}/{total} documents | {duration}s' }, Presets.shades_classic)
      : null
  bar?.start(total, 0)
  payload.logger.info({ msg: `Search rebuild: indexing about ${total} documents into a new index`, engine: index.engine })
  const started = Date.now()
  const { indexed } = await rebuildSearchIndex(payload, index, (done) => bar?.update(done))
  bar?.update(indexed)
  bar?.stop()
  const seconds = (Date.now() - started) / 1000
  payload.logger.info({
    msg: `Indexed ${indexed} documents in ${seconds.toFixed(1)} s (${Math.round(indexed / Math.max(seconds, 0.001))} documents/s) and swapped the new index in.`,
    engine: index.engine,
    indexed,
    seconds,
  })
})
