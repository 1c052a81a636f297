import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import type { ReactNode } from 'react'

import { messagesFor } from '@/i18n/messages'
import { isLocale, locales } from '@/lib/locale'

import '../styles.css'

export function generateStaticParams() {
  return locales.map((locale) => ({ locale }))
}

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  const t = messagesFor(locale)
  return {
    title: { default: t.siteName, template: `%s · ${t.siteName}` },
    description: t.tagline,
    alternates: { languages: Object.fromEntries(locales.map((code) => [code, `/${code}`])) },
  }
}

export default async function LocaleLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const t = messagesFor(locale)
  return (
    <html lang={locale}>
      <body>
        <a className="skip-link" href="#main">
          {t.skipToContent}
        </a>
        <header className="site-header">
          <div className="wrap">
            <a className="brand" href={`/${locale}`}>
              {t.siteName}
            </a>
            <nav aria-label={t.language}>
              <ul className="language-switch">
                {locales.map((code) => (
                  <li key={code}>
                    <a href={`/${code}`} hrefLang={code} lang={code} aria-current={code === locale ? 'true' : undefined}>
                      {code === 'en' ? 'English' : 'Français'}
                    </a>
                  </li>
                ))}
              </ul>
            </nav>
          </div>
        </header>
        <main id="main" className="wrap">
          {children}
        </main>
        <footer className="site-footer">
          <div className="wrap">
            <p>{t.footer}</p>
            <p>
              <a href="/admin">{t.admin}</a>
            </p>
          </div>
        </footer>
      </body>
    </html>
  )
}
