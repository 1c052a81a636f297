/**
 * The public site's only script (`/site.js`, built by esbuild in `npm run build` and `npm run dev`).
 * Every public page works without it: it adds live search and the in-place answers of the contact
 * and alert forms.
 */
import { enhanceJsonForm } from './json-form'
import { enhanceSearch } from './search'

function start() {
  for (const form of document.querySelectorAll<HTMLFormElement>('form[data-search-form]')) enhanceSearch(form)
  for (const form of document.querySelectorAll<HTMLFormElement>('form[data-messages]')) enhanceJsonForm(form)
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true })
else start()
