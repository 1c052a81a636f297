import { RichText as LexicalRichText, type JSXConvertersFunction } from '@payloadcms/richtext-lexical/react'
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'

/** Only these link schemes reach the page; any other link is rendered as its text. */
const SAFE_SCHEMES = new Set(['http:', 'https:', 'mailto:', 'tel:'])

export function safeHref(url: unknown): string | null {
  if (typeof url !== 'string' || !url.trim()) return null
  try {
    const parsed = new URL(url.trim())
    return SAFE_SCHEMES.has(parsed.protocol) ? parsed.href : null
  } catch {
    return null
  }
}

const converters: JSXConvertersFunction = ({ defaultConverters }) => {
  const link: NonNullable<typeof defaultConverters.link> = ({ node, nodesToJSX }) => {
    const children = nodesToJSX({ nodes: node.children })
    const href = node.fields?.linkType === 'internal' ? null : safeHref(node.fields?.url)
    if (!href) return <>{children}</>
    const newTab = node.fields?.newTab === true
    return (
      <a href={href} {...(newTab ? { target: '_blank', rel: 'noopener noreferrer' } : {})}>
        {children}
      </a>
    )
  }
  return {
    ...defaultConverters,
    link,
    autolink: link as never,
    // Uploads and blocks are not part of the public templates: leave them out rather than guess.
    upload: () => null,
  }
}

const hasContent = (value: unknown): value is SerializedEditorState =>
  Boolean(value) &&
  typeof value === 'object' &&
  'root' in (value as object) &&
  Array.isArray((value as SerializedEditorState).root?.children) &&
  (value as SerializedEditorState).root.children.length > 0

export const richTextHasContent = hasContent

/** Lexical rich text of a record, rendered on the server with safe links only. */
export function RichText({ data, className, lang }: { data: unknown; className?: string; lang?: string }) {
  if (!hasContent(data)) return null
  const text = <LexicalRichText data={data} converters={converters} className={className ?? 'prose'} />
  // Text in another language than the page's says so, for screen readers, hyphenation and translation tools.
  return lang ? <div lang={lang}>{text}</div> : text
}
