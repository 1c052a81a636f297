/** Minimal Lexical documents built from plain paragraphs (seed content, tests), and their plain text. */

type LexicalNode = { type: string; text?: string; children?: LexicalNode[]; [key: string]: unknown }
export type LexicalDocument = { root: LexicalNode }

export function paragraphsToLexical(paragraphs: readonly string[]): LexicalDocument {
  return {
    root: {
      type: 'root',
      format: '',
      indent: 0,
      version: 1,
      direction: 'ltr',
      children: paragraphs.map((text) => ({
        type: 'paragraph',
        format: '',
        indent: 0,
        version: 1,
        direction: 'ltr',
        textFormat: 0,
        textStyle: '',
        children: [{ type: 'text', text, format: 0, detail: 0, mode: 'normal', style: '', version: 1 }],
      })),
    },
  }
}

const blockTypes = new Set(['paragraph', 'heading', 'quote', 'listitem', 'list', 'table', 'tablerow'])

/** Plain text of a Lexical document, one line per block: what search indexes. */
export function lexicalToPlainText(value: unknown): string {
  if (!value || typeof value !== 'object' || !('root' in value)) return ''
  const lines: string[] = []
  let current = ''
  const walk = (node: LexicalNode) => {
    if (typeof node.text === 'string') current += node.text
    if (node.type === 'linebreak') current += '\n'
    for (const child of node.children ?? []) walk(child)
    if (blockTypes.has(node.type) && current.trim()) {
      lines.push(current.trim())
      current = ''
    }
  }
  walk((value as LexicalDocument).root)
  if (current.trim()) lines.push(current.trim())
  return lines.join('\n')
}
