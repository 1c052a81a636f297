import type {
  Article,
  BreadcrumbList,
  Country,
  DefinedTerm,
  DigitalDocument,
  Graph,
  Language,
  Organization,
  Project,
  SearchAction,
  Thing,
  WebSite,
  WithActionConstraints,
} from 'schema-dts'

import { locales, type Locale } from '../core/locale'
import { messagesFor } from '../i18n/messages'
import { contentTypes, type ContentType } from '../model/content-types'
import { countries, documentKinds, labelOf, languages, lessonKinds, licences, themes } from '../vocab'
import type { DocumentPage, LessonPage, PilotPage, PilotRef, PracticePage } from './content'
import { recordPath, siteOrigin } from './format'

/**
 * schema.org structured data (JSON-LD) of the public pages: the home page as a WebSite with its
 * search action, practices and lessons as articles, pilots as projects with their implementer and
 * funders, documents as digital documents with their licence and file; each with its breadcrumbs.
 * Typed by schema-dts, so a property schema.org does not have for a type does not compile.
 */

/** The URL of the licence, for `license` (schema.org wants a URL or a creative work). */
const licenceUrls: Record<string, string> = {
  'cc-by-4.0': 'https://creativecommons.org/licenses/by/4.0/',
  'cc-by-sa-4.0': 'https://creativecommons.org/licenses/by-sa/4.0/',
  'cc0-1.0': 'https://creativecommons.org/publicdomain/zero/1.0/',
}

const absolute = (path: string) => `${siteOrigin()}${path}`

/**
 * JSON for a `<script type="application/ld+json">` element: `<`, `>` and `&` escaped as JSON
 * escapes, so no text in a record can close the element or open a comment (`</script>`, `<!--`);
 * U+2028 and U+2029 too, for tools that read it as JavaScript.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')
}

const publisher = (locale: Locale): Organization => ({
  '@type': 'Organization',
  '@id': `${siteOrigin()}/#publisher`,
  name: messagesFor(locale).siteName,
  url: absolute(`/${locale}`),
})

const theme = (locale: Locale, code: string): DefinedTerm => ({
  '@type': 'DefinedTerm',
  name: labelOf(themes, code, locale),
  termCode: code,
  inDefinedTermSet: absolute(`/${locale}/search?theme=`),
})

const country = (locale: Locale, code: string): Country => ({
  '@type': 'Country',
  name: labelOf(countries, code, locale),
  identifier: code,
})

const pilotRef = (locale: Locale, pilot: PilotRef) => ({
  '@type': 'Project' as const,
  // One identifier for the pilot whatever the page's language, so that graphs of both languages join.
  '@id': `${absolute(recordPath('en', 'pilot', pilot.slug))}#project`,
  name: pilot.name,
  url: absolute(recordPath(locale, 'pilot', pilot.slug)),
})

/** The same page in the other languages (the slugs are shared). */
const translations = <T extends 'Article' | 'DigitalDocument'>(kind: T, locale: Locale, type: ContentType, slug: string) =>
  locales
    .filter((other) => other !== locale)
    .map((other) => ({ '@type': kind, url: absolute(recordPath(other, type, slug)), inLanguage: other }))

export function breadcrumbJsonLd(locale: Locale, trail: { name: string; path: string }[]): BreadcrumbList {
  const t = messagesFor(locale)
  const items = [{ name: t.nav.home, path: `/${locale}` }, ...trail]
  return {
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, index) => ({ '@type': 'ListItem', position: index + 1, name: item.name, item: absolute(item.path) })),
  }
}

const recordBreadcrumb = (locale: Locale, type: ContentType, name: string, slug: string) =>
  breadcrumbJsonLd(locale, [
    { name: messagesFor(locale).typesPlural[type], path: `/${locale}/${contentTypes[type].path}` },
    { name, path: recordPath(locale, type, slug) },
  ])

const graph = (...things: Thing[]): Graph => ({ '@context': 'https://schema.org', '@graph': things })

/** The home page: the site, and how to search it. */
export function websiteJsonLd(locale: Locale): Graph {
  const t = messagesFor(locale)
  // Search engines' sitelinks search box: where a query goes.
  const search: WithActionConstraints<SearchAction> = {
    '@type': 'SearchAction',
    target: { '@type': 'EntryPoint', urlTemplate: `${absolute(`/${locale}/search`)}?q={search_term_string}` },
    'query-input': 'required name=search_term_string',
  }
  const site: WebSite = {
    '@type': 'WebSite',
    '@id': `${absolute(`/${locale}`)}#website`,
    name: t.siteName,
    description: t.tagline,
    url: absolute(`/${locale}`),
    inLanguage: locale,
    publisher: publisher(locale),
    potentialAction: search,
  }
  return graph(site)
}

type Dates = { published: string | null }

const articleOf = (
  locale: Locale,
  type: 'practice' | 'lesson',
  page: { title: string; slug: string; summary: string | null; pilots: PilotRef[]; themes: string[]; updatedAt: string; isSample: boolean },
  dates: Dates,
): Article => ({
  '@type': 'Article',
  '@id': `${absolute(recordPath(locale, type, page.slug))}#record`,
  headline: page.title.slice(0, 110),
  name: page.title,
  description: page.summary ?? undefined,
  url: absolute(recordPath(locale, type, page.slug)),
  mainEntityOfPage: absolute(recordPath(locale, type, page.slug)),
  inLanguage: locale,
  workTranslation: translations('Article', locale, type, page.slug),
  genre: messagesFor(locale).types[type],
  about: page.themes.map((code) => theme(locale, code)),
  keywords: page.themes.map((code) => labelOf(themes, code, locale)).join(', ') || undefined,
  producer: page.pilots.map((pilot) => pilotRef(locale, pilot)),
  countryOfOrigin: [...new Set(page.pilots.map((pilot) => pilot.country))].map((code) => country(locale, code)),
  ...(dates.published ? { datePublished: dates.published } : {}),
  dateModified: page.updatedAt,
  publisher: publisher(locale),
  isAccessibleForFree: true,
  ...(page.isSample ? { creativeWorkStatus: messagesFor(locale).sample } : {}),
})

export function practiceJsonLd(locale: Locale, practice: PracticePage, dates: Dates): Graph {
  const article = articleOf(locale, 'practice', { ...practice, isSample: practice.isSample === true }, dates)
  // The languages the practice is delivered in are part of what it is about, beside its themes.
  const delivery: Language[] = practice.deliveryLanguages.map((code) => ({
    '@type': 'Language',
    name: labelOf(languages, code, locale),
    alternateName: code,
  }))
  return graph(
    { ...article, about: [...practice.themes.map((code) => theme(locale, code)), ...delivery] },
    recordBreadcrumb(locale, 'practice', practice.title, practice.slug),
  )
}

export function lessonJsonLd(locale: Locale, lesson: LessonPage, dates: Dates): Graph {
  const article = articleOf(locale, 'lesson', lesson, dates)
  return graph(
    {
      ...article,
      genre: `${messagesFor(locale).types.lesson}: ${labelOf(lessonKinds, lesson.kind ?? '', locale)}`,
      citation: lesson.documents.map((doc) => ({
        '@type': 'DigitalDocument',
        name: doc.title,
        url: absolute(recordPath(locale, 'document', doc.slug)),
      })),
    },
    recordBreadcrumb(locale, 'lesson', lesson.title, lesson.slug),
  )
}

/** Who funds the pilot, as the funding diagram shows it: the EU (AMIF) and the CEB, and the co-financers. */
function funders(locale: Locale, pilot: PilotPage): Organization[] {
  const t = messagesFor(locale)
  const { funding } = pilot
  const grant = Boolean(funding.euGrant.fund || funding.euGrant.programme || funding.instruments.includes('eu-grant'))
  const loan = Boolean(
    funding.cebLoan.borrower || funding.cebLoan.amountEur || funding.cebLoan.year || funding.instruments.includes('ceb-loan'),
  )
  const list: Organization[] = []
  if (grant) list.push({ '@type': 'GovernmentOrganization', name: funding.euGrant.fund ? `${t.eu} (${funding.euGrant.fund})` : t.eu })
  if (grant || loan) list.push({ '@type': 'Organization', name: t.ceb })
  for (const row of funding.coFinancing) if (row.organisation) list.push({ '@type': 'Organization', name: row.organisation })
  return list
}

export function pilotJsonLd(locale: Locale, pilot: PilotPage): Graph {
  const url = absolute(recordPath(locale, 'pilot', pilot.slug))
  const project: Project = {
    ...pilotRef(locale, pilot),
    description: pilot.summary,
    url,
    mainEntityOfPage: url,
    parentOrganization: { '@type': 'Organization', name: pilot.implementer },
    member: pilot.partners.map((name) => ({ '@type': 'Organization', name })),
    funder: funders(locale, pilot),
    location: {
      '@type': 'Place',
      name: pilot.place ?? labelOf(countries, pilot.country, locale),
      address: { '@type': 'PostalAddress', addressCountry: pilot.country, ...(pilot.place ? { addressLocality: pilot.place } : {}) },
    },
    areaServed: country(locale, pilot.country),
    knowsAbout: pilot.themes.map((code) => theme(locale, code)),
    keywords: pilot.themes.map((code) => labelOf(themes, code, locale)).join(', ') || undefined,
    ...(pilot.period.start ? { foundingDate: pilot.period.start.slice(0, 10) } : {}),
    ...(pilot.period.end ? { dissolutionDate: pilot.period.end.slice(0, 10) } : {}),
  }
  return graph(project, recordBreadcrumb(locale, 'pilot', pilot.name, pilot.slug))
}

const safeFileUrl = (url: string | null | undefined) =>
  url && /^\/(?!\/)/.test(url) ? absolute(url) : url && /^https?:\/\//.test(url) ? url : undefined

export function documentJsonLd(locale: Locale, doc: DocumentPage, dates: Dates): Graph {
  const url = absolute(recordPath(locale, 'document', doc.slug))
  const file = safeFileUrl(doc.url)
  const document: DigitalDocument = {
    '@type': 'DigitalDocument',
    '@id': `${url}#record`,
    name: doc.title,
    description: doc.summary || undefined,
    url,
    mainEntityOfPage: url,
    genre: labelOf(documentKinds, doc.kind ?? '', locale),
    inLanguage: doc.languages.length ? doc.languages : undefined,
    workTranslation: translations('DigitalDocument', locale, 'document', doc.slug),
    about: doc.themes.map((code) => theme(locale, code)),
    producer: doc.pilots.map((pilot) => pilotRef(locale, pilot)),
    ...(doc.organisation ? { author: { '@type': 'Organization', name: doc.organisation } } : {}),
    ...(doc.licence && licenceUrls[doc.licence] ? { license: licenceUrls[doc.licence] } : {}),
    ...(doc.licence ? { copyrightNotice: labelOf(licences, doc.licence, locale) } : {}),
    ...(doc.date ? { datePublished: doc.date.slice(0, 10) } : dates.published ? { datePublished: dates.published } : {}),
    dateModified: doc.updatedAt,
    ...(file
      ? {
          encoding: {
            '@type': 'MediaObject',
            contentUrl: file,
            ...(doc.mimeType ? { encodingFormat: doc.mimeType } : {}),
            ...(doc.filesize != null ? { contentSize: `${doc.filesize} B` } : {}),
            ...(doc.filename ? { name: doc.filename } : {}),
          },
        }
      : {}),
    ...(doc.mimeType ? { encodingFormat: doc.mimeType } : {}),
    publisher: publisher(locale),
    isAccessibleForFree: true,
    ...(doc.isSample ? { creativeWorkStatus: messagesFor(locale).sample } : {}),
  }
  return graph(document, recordBreadcrumb(locale, 'document', doc.title, doc.slug))
}
