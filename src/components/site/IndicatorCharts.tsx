import { messagesFor } from '@/i18n/messages'
import type { Locale } from '@/core/locale'
import { langOf, type Indicator, type TextLanguages } from '@/site/content'
import { formatNumber } from '@/site/format'

import { SampleBadge } from './SampleBadge'

/**
 * One small horizontal bar chart per indicator (baseline, target, actual), each value written
 * next to its bar so colour is never the only carrier; the table after the charts is the
 * text alternative of them all.
 */
export function IndicatorCharts({
  locale,
  indicators,
  translation,
}: {
  locale: Locale
  indicators: Indicator[]
  translation?: TextLanguages
}) {
  const t = messagesFor(locale)
  const lang = (index: number, field: 'label' | 'unit' | 'source') => langOf(translation, `indicators.${index}.${field}`)
  if (indicators.length === 0) return <p>{t.noIndicators}</p>
  const series = [
    { key: 'baseline', label: t.baseline },
    { key: 'target', label: t.target },
    { key: 'actual', label: t.actual },
  ] as const
  const fmt = (value: number | null | undefined) => (value == null ? '–' : formatNumber(locale, value))
  return (
    <>
      <ul className="indicator-charts">
        {indicators.map((indicator, index) => {
          const values = series.map((s) => indicator[s.key])
          const max = Math.max(1, ...values.map((value) => value ?? 0))
          const summary = `${indicator.label}: ${series.map((s) => `${s.label} ${fmt(indicator[s.key])}`).join(', ')}${indicator.unit ? ` (${indicator.unit})` : ''}${indicator.isSample ? ` – ${t.sample}` : ''}`
          return (
            <li key={`${indicator.label}-${index}`} className="indicator">
              <h3>
                <span lang={lang(index, 'label')}>{indicator.label}</span> {indicator.isSample ? <SampleBadge locale={locale} /> : null}
              </h3>
              <svg viewBox="0 0 300 84" role="img" aria-label={t.indicatorChart(summary)} focusable="false">
                {series.map((s, row) => {
                  const value = indicator[s.key]
                  const width = value == null ? 0 : Math.max(1, (value / max) * 170)
                  const y = 4 + row * 27
                  return (
                    <g key={s.key} className={`bar bar-${s.key}`}>
                      <text x="0" y={y + 15} className="bar-label">
                        {s.label}
                      </text>
                      <rect x="100" y={y} width={width} height="20" rx="2" />
                      <text x={100 + width + 5} y={y + 15} className="bar-value">
                        {fmt(value)}
                      </text>
                    </g>
                  )
                })}
              </svg>
            </li>
          )
        })}
      </ul>
      {/* Focusable, so that the table can be scrolled sideways with the keyboard on a narrow screen. */}
      <div className="table-scroll" role="region" aria-label={t.indicatorTable} tabIndex={0}>
        <table className="data-table">
          <caption>{t.indicatorTable}</caption>
          <thead>
            <tr>
              <th scope="col">{t.indicators}</th>
              <th scope="col">{t.unit}</th>
              <th scope="col" className="num">
                {t.baseline}
              </th>
              <th scope="col" className="num">
                {t.target}
              </th>
              <th scope="col" className="num">
                {t.actual}
              </th>
              <th scope="col">{t.source}</th>
            </tr>
          </thead>
          <tbody>
            {indicators.map((indicator, index) => (
              <tr key={`${indicator.label}-${index}`}>
                <th scope="row">
                  <span lang={lang(index, 'label')}>{indicator.label}</span> {indicator.isSample ? <SampleBadge locale={locale} /> : null}
                </th>
                <td lang={indicator.unit ? lang(index, 'unit') : undefined}>{indicator.unit ?? ''}</td>
                <td className="num">{fmt(indicator.baseline)}</td>
                <td className="num">{fmt(indicator.target)}</td>
                <td className="num">{fmt(indicator.actual)}</td>
                <td lang={indicator.source ? lang(index, 'source') : undefined}>{indicator.source ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  )
}
