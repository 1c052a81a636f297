import type { VocabularyRef } from '../vocabulary'

export const PROJECT_DOMAINS = [
  'migration',
  'integration',
  'employment',
  'entrepreneurship',
  'microfinance',
  'education',
  'health',
  'housing',
  'governance',
] as const

export type ProjectDomain = (typeof PROJECT_DOMAINS)[number]

type TermInput = { en: readonly string[]; fr: readonly string[]; vocab?: VocabularyRef }

export type ProjectTerm = TermInput & { domain: ProjectDomain }

/** Tags each term of a domain's list with its domain. */
export function inDomain(domain: ProjectDomain, terms: readonly TermInput[]): ProjectTerm[] {
  return terms.map((term) => ({ ...term, domain }))
}
