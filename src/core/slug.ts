import type { CollectionBeforeValidateHook, TextField } from 'payload'
import slugify from 'slugify'

/** URL-safe slug: lowercase ASCII words joined by hyphens ("Qredits project" -> "qredits-project"). */
export function toSlug(text: string): string {
  return slugify(text, { lower: true, strict: true, locale: 'en', trim: true }).slice(0, 96)
}

export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

export const slugField = (): TextField => ({
  name: 'slug',
  type: 'text',
  unique: true,
  index: true,
  // A copy gets a slug of its own, made from its title like any new record's (see generateSlug).
  hooks: { beforeDuplicate: [() => null] },
  admin: {
    position: 'sidebar',
    description: {
      en: 'Made from the English title on creation and kept when the title changes.',
      fr: 'Formé à partir du titre anglais à la création, et conservé quand le titre change.',
    },
  },
  validate: (value: unknown) =>
    value == null || value === '' || (typeof value === 'string' && slugPattern.test(value))
      ? true
      : 'Slug may contain only lowercase letters, digits and single hyphens',
})

/**
 * Fills an empty slug from the title. Only then is it made unique by a numeric suffix: a slug
 * typed by hand that collides is refused, so nobody's link silently changes. A duplicate (whose
 * slug the field's beforeDuplicate hook cleared) gets one from the title it copies: `title-2`,
 * then `title-3`.
 */
export function generateSlug(titleField: string): CollectionBeforeValidateHook {
  return async ({ data, originalDoc, req, collection }) => {
    if (!data || data.slug || originalDoc?.slug) return data
    const title = data[titleField] ?? originalDoc?.[titleField]
    const source = typeof title === 'string' ? title : title && typeof title === 'object' ? (title.en ?? Object.values(title)[0]) : ''
    if (typeof source !== 'string' || !source.trim()) return data
    const base = toSlug(source) || collection.slug
    let candidate = base
    for (let n = 2; n < 1000; n++) {
      const taken = await req.payload.count({
        collection: collection.slug as never,
        where: { slug: { equals: candidate } },
        req,
        overrideAccess: true,
      })
      if (taken.totalDocs === 0) break
      candidate = `${base}-${n}`
    }
    return { ...data, slug: candidate }
  }
}
