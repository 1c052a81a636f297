import type { Metadata, Viewport } from 'next'
import { notFound } from 'next/navigation'
import type { ReactNode } from 'react'

import { LanguageSwitch } from '@/components/site/LanguageSwitch'
import { messagesFor } from '@/i18n/messages'
import { isLocale } from '@/core/locale'
import { pageMetadata } from '@/site/format'

// The public site's styles, one file per part of the site, in cascade order: later files may
// refine earlier ones, so keep the order.
import '../styles/base.css'
import '../styles/chrome.css'
import '../styles/home.css'
import '../styles/records.css'
import '../styles/search.css'
import '../styles/ask.css'
import '../styles/knowledge.css'

// Pages are rendered on first request, then served from cache (see docs/public-site.md):
// the build needs no database.
export function generateStaticParams() {
  return []
}

/** `/site.js` with its content hash (next.config.ts), so that it can be cached for good. */
const siteScriptUrl = `/site.js?v=${process.env.HUB_SITE_SCRIPT_VERSION ?? 'dev'}`

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#0b4f8a' }

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  const t = messagesFor(locale)
  return {
    ...pageMetadata(locale, '', t.siteName, t.tagline),
    title: { default: t.siteName, template: `%s · ${t.siteName}` },
    icons: {
      icon: [
        { url: '/favicon.ico', sizes: '32x32' },
        { url: '/icon.svg', type: 'image/svg+xml' },
      ],
      apple: '/apple-touch-icon.png',
    },
  }
}

export default async function LocaleLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const t = messagesFor(locale)
  const nav = [
    ['search', t.nav.search],
    ['pilots', t.nav.pilots],
    ['practices', t.nav.practices],
    ['lessons', t.nav.lessons],
    ['documents', t.nav.documents],
  ] as const
  return (
    <html lang={locale}>
      <body>
        <a className="skip-link" href="#main">
          {t.skipToContent}
        </a>
        <header className="site-header">
          <div className="wrap header-row">
            <a className="brand" href={`/${locale}`}>
              {t.siteName}
            </a>
            <LanguageSwitch locale={locale} label={t.languageSwitch} />
          </div>
          <nav aria-label={t.mainNav} className="main-nav">
            <ul className="wrap">
              {nav.map(([section, text]) => (
                <li key={section}>
                  <a href={`/${locale}/${section}`}>{text}</a>
                </li>
              ))}
            </ul>
          </nav>
        </header>
        <main id="main" className="wrap" tabIndex={-1}>
          {children}
        </main>
        <footer className="site-footer">
          <div className="wrap">
            <p>{t.footer}</p>
            <ul className="footer-links">
              <li>
                <a href={`/${locale}/feed.xml`} type="application/atom+xml">
                  {t.feed}
                </a>
              </li>
              <li>
                <a href={`/${locale}/figures`}>{t.figuresLink}</a>
              </li>
              <li>
                <a href={`/${locale}/compare`}>{t.compare.link}</a>
              </li>
              <li>
                <a href="/oai?verb=Identify">{t.oaiLink}</a>
              </li>
              <li>
                <a href="/admin">{t.admin}</a>
              </li>
            </ul>
          </div>
        </footer>
        {/* The site's own script (live search, the contact form); every page works without it. */}
        <script src={siteScriptUrl} defer />
      </body>
    </html>
  )
}
