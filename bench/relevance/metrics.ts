/**
 * Relevance and latency figures of one engine over the judged set.
 *
 * - recall@k: the share of a query's expected records found in the first k hits, averaged over
 *   the queries (every expected record counts the same; a query with none found scores 0).
 * - MRR (mean reciprocal rank, cut at k): 1/rank of the first expected record in the first k
 *   hits (1 when it comes first, 0.5 second..., 0 when none is in the first k), averaged.
 * - latency: the median of each query's repeated runs, then p50 and p95 over the queries.
 */

export const CUTOFF = 10

export function recallAt(expected: readonly string[], hits: readonly string[], k = CUTOFF): number {
  if (expected.length === 0) throw new Error('a judged query needs at least one expected record')
  const top = new Set(hits.slice(0, k))
  return expected.filter((record) => top.has(record)).length / expected.length
}

export function reciprocalRank(expected: readonly string[], hits: readonly string[], k = CUTOFF): number {
  const wanted = new Set(expected)
  const rank = hits.slice(0, k).findIndex((hit) => wanted.has(hit))
  return rank < 0 ? 0 : 1 / (rank + 1)
}

/** Nearest-rank percentile of a list of numbers (not necessarily sorted). */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN
  const sorted = [...values].sort((a, b) => a - b)
  const rank = Math.ceil((p / 100) * sorted.length)
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!
}

export function median(values: readonly number[]): number {
  return percentile(values, 50)
}

export function mean(values: readonly number[]): number {
  return values.length === 0 ? Number.NaN : values.reduce((sum, value) => sum + value, 0) / values.length
}
