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
  admin: {
    position: 'sidebar',
    description: 'Made from the English title on creation and kept when the title changes.',
  },
  validate: (value: unknown) =>
    value == null || value === '' || (typeof value === 'string' && slugPattern.test(value))
      ? true
      : 'Slug may contain only lowercase letters, digits and single hyphens',
})

/**
 * Fills an empty slug from the title. Only then is it made unique by a numeric suffix: a slug
 * typed by hand that collides is refused, so nobody's link silently changes.
 */
export function generateSlug(titleField: string): CollectionBeforeValidateHook {
  return async ({ data, originalDoc, req, collection }) => {
    if (!data || data.slug || originalDoc?.slug) return data
    const title = data[titleField]
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
