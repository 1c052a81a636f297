import { migration } from './migration'
import { integration } from './integration'
import { employment } from './employment'
import { entrepreneurship } from './entrepreneurship'
import { microfinance } from './microfinance'
import { education } from './education'
import { health } from './health'
import { housing } from './housing'
import { governance } from './governance'
import type { ProjectTerm } from './domain'

/**
 * Terms of the field, in English and French, written by the project (not derived from the
 * vocabularies). Each entry is one concept: the first term of each list is the preferred one, the
 * others are variants a reader may type (spelling variants, plurals that differ, acronyms, the
 * Belgian or French administrative name). French follows the usage of EU institutions and of
 * French and Belgian public bodies.
 *
 * An entry that extends a vocabulary term (adds variants to "Microcredit", say) names it in
 * `vocab`: its terms are then merged into that vocabulary entry instead of standing alone.
 *
 * Terms are written in lower case except proper nouns and acronyms; matching is case-insensitive.
 */

export { PROJECT_DOMAINS, type ProjectDomain, type ProjectTerm } from './domain'

/** Every term of the field written by the project, by domain. */
export const projectTerms: readonly ProjectTerm[] = [
  ...migration,
  ...integration,
  ...employment,
  ...entrepreneurship,
  ...microfinance,
  ...education,
  ...health,
  ...housing,
  ...governance,
]
