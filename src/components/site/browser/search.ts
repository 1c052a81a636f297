import { searchUrlOf } from './search-url'

const TYPING_DELAY_MS = 300

/**
 * Live search on the server-rendered search form (SearchView): typing (after a pause), ticking a
 * facet or changing the sort puts the new state in the URL and replaces the results and facets
 * with those of the page the server renders for that URL, without a full page load. Typing
 * replaces the history entry, other changes add one, so back and forward step through them.
 *
 * The parts that change are marked `data-search-region`; the query box is never replaced (the
 * caret stays where it is), and the filters panel keeps its element (it stays open on a phone).
 * Without this script the form is a plain GET form and every change is a page load.
 */
export function enhanceSearch(form: HTMLFormElement): void {
  const path = new URL(form.action, window.location.href).pathname
  let timer: number | undefined
  let loading: AbortController | undefined

  const currentUrl = () => `${window.location.pathname}${window.location.search}`
  const urlOfForm = () => searchUrlOf(path, new FormData(form))

  /** Replaces each region of the form with the same region of `next` (the form of the new page). */
  function swap(next: HTMLFormElement) {
    const focusedId =
      document.activeElement instanceof HTMLElement && form.contains(document.activeElement) ? document.activeElement.id : ''
    const regions = (root: ParentNode) =>
      new Map([...root.querySelectorAll<HTMLElement>('[data-search-region]')].map((el) => [el.dataset.searchRegion!, el]))
    const mine = regions(form)
    const theirs = regions(next)
    const sameShape = mine.size === theirs.size && [...theirs.keys()].every((name) => mine.has(name))
    if (!sameShape) {
      // A different layout (an error notice, or results where there was an error): everything after the query box.
      const body = form.querySelector<HTMLElement>('[data-search-body]')
      const nextBody = next.querySelector<HTMLElement>('[data-search-body]')
      if (body && nextBody) body.replaceWith(document.importNode(nextBody, true))
    } else {
      for (const [name, element] of theirs) {
        const target = mine.get(name)!
        // The live region keeps its element, so that the new count is announced.
        if (name === 'status') target.textContent = element.textContent
        else target.replaceChildren(...[...element.childNodes].map((node) => document.importNode(node, true)))
      }
    }
    const focused = focusedId ? document.getElementById(focusedId) : null
    if (focused && focused !== document.activeElement) focused.focus({ preventScroll: true })
  }

  /** The language links keep the search: same path in the other language, same query string. */
  function updateLanguageLinks() {
    for (const link of document.querySelectorAll<HTMLAnchorElement>('.language-switch a[hreflang]')) {
      const target = new URL(link.href)
      target.search = window.location.search
      link.href = `${target.pathname}${target.search}`
    }
  }

  /**
   * "Follow this search" (SearchFollow, outside the form) follows the search shown: its feed link
   * and the saved search of its alert form; hidden while the search is in error. What the reader
   * typed in the alert form stays.
   */
  function updateFollow(page: Document) {
    const mine = document.querySelector<HTMLElement>('[data-search-follow]')
    if (!mine) return
    const theirs = page.querySelector<HTMLElement>('[data-search-follow]')
    mine.hidden = !theirs
    if (!theirs) return
    const feed = theirs.querySelector<HTMLAnchorElement>('[data-testid="search-feed"]')
    const myFeed = mine.querySelector<HTMLAnchorElement>('[data-testid="search-feed"]')
    if (feed && myFeed) myFeed.setAttribute('href', feed.getAttribute('href') ?? '')
    const saved = theirs.querySelector<HTMLInputElement>('input[name="search"]')
    const mySaved = mine.querySelector<HTMLInputElement>('input[name="search"]')
    if (saved && mySaved) mySaved.value = saved.value
  }

  async function load(url: string) {
    loading?.abort()
    const controller = new AbortController()
    loading = controller
    form.setAttribute('aria-busy', 'true')
    try {
      const response = await fetch(url, { headers: { accept: 'text/html' }, signal: controller.signal, credentials: 'same-origin' })
      const html = await response.text()
      const page = new DOMParser().parseFromString(html, 'text/html')
      const next = page.getElementById(form.id)
      if (!(next instanceof HTMLFormElement)) {
        // Not a search page (an error page, a 404 beyond the last page): show it as it is.
        window.location.assign(url)
        return
      }
      if (controller.signal.aborted) return
      swap(next)
      // The controls outside the replaced parts (the query, the sort) follow the URL too, after back or forward.
      for (const name of ['q', 'sort']) {
        const mine = form.elements.namedItem(name)
        const theirs = next.elements.namedItem(name)
        if (
          (mine instanceof HTMLInputElement || mine instanceof HTMLSelectElement) &&
          (theirs instanceof HTMLInputElement || theirs instanceof HTMLSelectElement)
        ) {
          if (document.activeElement !== mine) mine.value = theirs.value
        }
      }
      updateLanguageLinks()
      updateFollow(page)
    } catch (error) {
      if ((error as Error).name !== 'AbortError') window.location.assign(url)
    } finally {
      if (loading === controller) {
        form.setAttribute('aria-busy', 'false')
        loading = undefined
      }
    }
  }

  function go(mode: 'push' | 'replace') {
    window.clearTimeout(timer)
    const url = urlOfForm()
    if (url === currentUrl()) return
    if (mode === 'push') window.history.pushState({ search: true }, '', url)
    else window.history.replaceState({ search: true }, '', url)
    void load(url)
  }

  form.addEventListener('input', (event) => {
    if ((event.target as HTMLInputElement).name !== 'q') return
    window.clearTimeout(timer)
    timer = window.setTimeout(() => go('replace'), TYPING_DELAY_MS)
  })
  form.addEventListener('change', (event) => {
    if ((event.target as HTMLInputElement).name === 'q') return
    go('push')
  })
  form.addEventListener('submit', (event) => {
    event.preventDefault()
    go('push')
  })
  window.addEventListener('popstate', () => {
    if (new URL(window.location.href).pathname === path) void load(currentUrl())
  })

  // Chips, "clear all" and the pages are links to this same page: followed in place too.
  form.addEventListener('click', (event) => {
    const link = (event.target as Element).closest?.('a')
    if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return
    const target = new URL(link.href)
    if (target.origin !== window.location.origin || target.pathname !== path || link.hasAttribute('download')) return
    event.preventDefault()
    window.history.pushState({ search: true }, '', `${target.pathname}${target.search}`)
    void load(`${target.pathname}${target.search}`).then(() => {
      if (link.closest('.pagination')) form.querySelector('[data-search-region="results"]')?.scrollIntoView({ block: 'start' })
    })
  })

  form.dataset.enhanced = 'true'
  // Whatever was typed or ticked before this script ran (on a slow phone) is not lost.
  const changed = [...form.elements].filter(
    (element) =>
      (element instanceof HTMLInputElement &&
        (element.type === 'checkbox' ? element.checked !== element.defaultChecked : element.value !== element.defaultValue)) ||
      (element instanceof HTMLSelectElement && [...element.options].some((option) => option.selected !== option.defaultSelected)),
  )
  if (changed.length > 0) go(changed.every((element) => (element as HTMLInputElement).name === 'q') ? 'replace' : 'push')
}
