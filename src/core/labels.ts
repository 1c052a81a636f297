/** A label in every interface language of the hub. */
export type LocalizedLabel = { en: string; fr: string }

export const label = (en: string, fr: string): LocalizedLabel => ({ en, fr })
