import { HIGHLIGHT_END, HIGHLIGHT_START } from './document'
import { RAW_WORD } from './analysis'

/**
 * Safe highlighting. Engines never produce HTML: they wrap matches in two private sentinel
 * characters (HIGHLIGHT_START / HIGHLIGHT_END, removed from all indexed text beforehand).
 * `renderHighlight` escapes everything, then turns the sentinels into <mark> and </mark>.
 * The output therefore contains no markup except balanced, attribute-less <mark> elements.
 */

export { HIGHLIGHT_END, HIGHLIGHT_START }

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c)
}

/** Sentinel-marked text -> safe HTML with balanced <mark> elements and no other markup. */
export function renderHighlight(marked: string): string {
  let out = ''
  let open = false
  let start = 0
  for (let i = 0; i < marked.length; i++) {
    const c = marked[i]
    if (c !== HIGHLIGHT_START && c !== HIGHLIGHT_END && c !== '\u0000') continue
    out += escapeHtml(marked.slice(start, i))
    start = i + 1
    if (c === HIGHLIGHT_START && !open) {
      out += '<mark>'
      open = true
    } else if (c === HIGHLIGHT_END && open) {
      out += '</mark>'
      open = false
    }
  }
  out += escapeHtml(marked.slice(start))
  if (open) out += '</mark>'
  // An empty <mark></mark> carries nothing.
  return out.replace(/<mark><\/mark>/g, '')
}

export interface MarkOptions {
  /** Crop to about this many words around the first match (no match: the first words). */
  cropWords?: number
  cropMarker?: string
  /** Words kept before the first match when cropping (default: a third of the window). */
  wordsBefore?: number
  /** The caller knows that no word of the text matches: only the first words are read. */
  noMatch?: boolean
}

/**
 * Wraps the words of `text` for which `isMatch(word)` is true in sentinels, optionally
 * cropping to a window of `cropWords` words starting a few words before the first match
 * (no match: the first words), with `cropMarker` where text was cut. Memory stays bounded
 * on very long texts (extracted documents) and scanning stops once the window is full.
 */
export function markMatches(text: string, isMatch: (word: string) => boolean, options: MarkOptions = {}): string {
  const wrap = (slice: string) => slice.replace(RAW_WORD, (word) => (isMatch(word) ? HIGHLIGHT_START + word + HIGHLIGHT_END : word))
  const { cropWords, cropMarker = '…' } = options
  if (!cropWords || cropWords < 1) return wrap(text)
  const before = Math.min(options.wordsBefore ?? Math.floor(cropWords / 3), cropWords - 1)

  const re = new RegExp(RAW_WORD.source, 'gu')
  const head: { start: number; end: number }[] = [] // the first cropWords + 1 words
  const recent: number[] = [] // starts of the last `before` words (before the first match)
  let windowStart = -1
  let windowEnd = -1
  let inWindow = 0
  let more = false
  let m: RegExpExecArray | null
  while ((m = re.exec(text)) !== null) {
    const start = m.index
    const end = start + m[0].length
    if (windowStart < 0) {
      if (head.length <= cropWords) head.push({ start, end })
      else if (options.noMatch) break
      if (options.noMatch || !isMatch(m[0])) {
        if (before > 0) {
          recent.push(start)
          if (recent.length > before) recent.shift()
        }
        continue
      }
      windowStart = recent.length > 0 ? recent[0]! : start
      inWindow = recent.length
    }
    if (inWindow < cropWords) {
      inWindow++
      windowEnd = end
    } else {
      more = true
      break
    }
  }
  if (windowStart < 0) {
    if (head.length === 0) return ''
    const last = head[Math.min(cropWords, head.length) - 1]!
    const cut = head.length > cropWords
    return wrap(text.slice(head[0]!.start, cut ? last.end : text.trimEnd().length)) + (cut ? cropMarker : '')
  }
  const cutBefore = head.length > 0 && windowStart > head[0]!.start
  return (cutBefore ? cropMarker : '') + wrap(text.slice(windowStart, more ? windowEnd : text.trimEnd().length)) + (more ? cropMarker : '')
}
