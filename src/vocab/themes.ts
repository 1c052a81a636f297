import type { LocalizedLabel, Term } from './types'

/**
 * Themes in two levels: a group (first level) and themes inside it (second level).
 * Records store theme codes; the group of each theme is derived, so a facet on either level
 * always agrees with the other.
 */
export type ThemeGroup = Term & { themes: readonly Term[] }

export const themeGroups = [
  {
    code: 'economic-inclusion',
    label: { en: 'Economic inclusion', fr: 'Inclusion économique' },
    themes: [
      { code: 'employment-skills', label: { en: 'Employment and skills', fr: 'Emploi et compétences' } },
      { code: 'entrepreneurship', label: { en: 'Entrepreneurship', fr: 'Entrepreneuriat' } },
      { code: 'financial-inclusion', label: { en: 'Financial inclusion', fr: 'Inclusion financière' } },
      {
        code: 'recognition-qualifications',
        label: { en: 'Recognition of qualifications', fr: 'Reconnaissance des qualifications' },
      },
    ],
  },
  {
    code: 'social-inclusion',
    label: { en: 'Social inclusion', fr: 'Inclusion sociale' },
    themes: [
      { code: 'education-children', label: { en: 'Education and children', fr: 'Éducation et enfance' } },
      { code: 'family-community', label: { en: 'Family and community', fr: 'Famille et communauté' } },
      { code: 'health', label: { en: 'Health', fr: 'Santé' } },
      { code: 'housing', label: { en: 'Housing', fr: 'Logement' } },
      { code: 'language-communication', label: { en: 'Language and communication', fr: 'Langue et communication' } },
    ],
  },
  {
    code: 'governance-finance',
    label: { en: 'Governance and finance', fr: 'Gouvernance et financement' },
    themes: [
      {
        code: 'governance-partnerships',
        label: { en: 'Governance and partnerships', fr: 'Gouvernance et partenariats' },
      },
      { code: 'blended-finance', label: { en: 'Blended finance', fr: 'Financement mixte' } },
      { code: 'public-services', label: { en: 'Access to public services', fr: 'Accès aux services publics' } },
    ],
  },
] as const satisfies readonly ThemeGroup[]

export type ThemeGroupCode = (typeof themeGroups)[number]['code']
export type ThemeCode = (typeof themeGroups)[number]['themes'][number]['code']

/** Second-level themes, flat: the values of a record's `themes` field. */
export const themes: readonly Term<ThemeCode>[] = themeGroups.flatMap((group): readonly Term<ThemeCode>[] => group.themes)

const groupOfTheme = new Map<string, ThemeGroupCode>(
  themeGroups.flatMap((group) => group.themes.map((theme) => [theme.code, group.code] as const)),
)

export function themeGroupOf(theme: string): ThemeGroupCode | undefined {
  return groupOfTheme.get(theme)
}

/** Select options grouped by first level, labelled "Group › Theme" so the admin shows both levels. */
export function themeSelectOptions(): { value: string; label: LocalizedLabel }[] {
  return themeGroups.flatMap((group) =>
    group.themes.map((theme) => ({
      value: theme.code,
      label: {
        en: `${group.label.en} › ${theme.label.en}`,
        fr: `${group.label.fr} › ${theme.label.fr}`,
      },
    })),
  )
}
