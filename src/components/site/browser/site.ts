/**
 * The public site's only script (`/site.js`, built by esbuild in `npm run build` and `npm run dev`).
 * Every public page works without it: it adds live search and the in-place contact form.
 */
import { enhanceAskForm } from './ask'
import { enhanceSearch } from './search'

function start() {
  for (const form of document.querySelectorAll<HTMLFormElement>('form[data-search-form]')) enhanceSearch(form)
  for (const form of document.querySelectorAll<HTMLFormElement>('form.ask-form[data-messages]')) enhanceAskForm(form)
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true })
else start()
