'use client'

import { useRouter, useSearchParams } from 'next/navigation'
import { useEffect, useRef, useTransition } from 'react'

const TYPING_DELAY_MS = 300

/**
 * Progressive enhancement of the server-rendered search form: typing (debounced), ticking a
 * facet or changing the sort updates the URL and the results without a full page load.
 * Without JavaScript the form simply submits (GET) and the server renders the same page.
 */
export function SearchEnhancer({ formId, basePath, loadingText }: { formId: string; basePath: string; loadingText: string }) {
  const router = useRouter()
  const searchParams = useSearchParams()
  const [pending, startTransition] = useTransition()
  const timer = useRef<number | undefined>(undefined)

  useEffect(() => {
    const form = document.getElementById(formId) as HTMLFormElement | null
    if (!form) return
    form.dataset.enhanced = 'true'

    const urlOfForm = () => {
      const params = new URLSearchParams()
      for (const [name, value] of new FormData(form)) {
        if (typeof value !== 'string') continue
        if (name === 'q' && !value.trim()) continue
        if (name === 'sort' && value === 'relevance') continue
        params.append(name, name === 'q' ? value.trim() : value)
      }
      const query = params.toString()
      return `${basePath}${query ? `?${query}` : ''}`
    }
    const go = (mode: 'push' | 'replace') => {
      window.clearTimeout(timer.current)
      const url = urlOfForm()
      if (url === `${window.location.pathname}${window.location.search}`) return
      startTransition(() => {
        if (mode === 'push') router.push(url, { scroll: false })
        else router.replace(url, { scroll: false })
      })
    }
    const onInput = (event: Event) => {
      if ((event.target as HTMLInputElement).name !== 'q') return
      window.clearTimeout(timer.current)
      timer.current = window.setTimeout(() => go('replace'), TYPING_DELAY_MS)
    }
    const onChange = (event: Event) => {
      const target = event.target as HTMLInputElement
      if (target.name === 'q') return
      go('push')
    }
    const onSubmit = (event: SubmitEvent) => {
      event.preventDefault()
      go('push')
    }
    form.addEventListener('input', onInput)
    form.addEventListener('change', onChange)
    form.addEventListener('submit', onSubmit)
    return () => {
      window.clearTimeout(timer.current)
      form.removeEventListener('input', onInput)
      form.removeEventListener('change', onChange)
      form.removeEventListener('submit', onSubmit)
    }
  }, [formId, basePath, router])

  // After back/forward (or a chip link), the form's controls follow the URL again.
  useEffect(() => {
    const form = document.getElementById(formId) as HTMLFormElement | null
    if (!form || !searchParams) return
    for (const element of Array.from(form.elements)) {
      if (element instanceof HTMLInputElement && element.type === 'checkbox') {
        element.checked = searchParams.getAll(element.name).includes(element.value)
      } else if (element instanceof HTMLSelectElement && element.name === 'sort') {
        element.value = searchParams.get('sort') ?? 'relevance'
      } else if (element instanceof HTMLInputElement && element.name === 'q' && document.activeElement !== element) {
        element.value = searchParams.get('q') ?? ''
      }
    }
  }, [formId, searchParams])

  useEffect(() => {
    const form = document.getElementById(formId)
    if (form) form.setAttribute('aria-busy', pending ? 'true' : 'false')
  }, [formId, pending])

  return pending ? (
    <p className="search-pending" aria-hidden="true">
      {loadingText}
    </p>
  ) : null
}
