import type { Locale } from '@/core/locale'
import { messagesFor } from '@/i18n/messages'
import { figureSearchPath, type FigureChart as Chart } from '@/site/figures'
import { formatNumber } from '@/site/format'

const BAR = 14
const BAR_GAP = 4
const LABEL = 22
const ROW_GAP = 12
/** The longest bar takes this share of the width; its number is written after it. */
const MAX_SHARE = 78

/**
 * One chart of the figures page, drawn on the server: for each value of the dimension its label,
 * then one bar per content type, each bar a link to the search that finds exactly those records,
 * with its number written after it (colour is never the only carrier). The SVG is as wide as the
 * page, its bars in per cent, so its text keeps its size on a phone. The table after it, with the
 * same links, is the chart's text alternative.
 */
export function FigureChart({ locale, chart, title, id }: { locale: Locale; chart: Chart; title: string; id: string }) {
  const t = messagesFor(locale)
  const { series, rows } = chart
  const max = Math.max(1, ...rows.flatMap((row) => series.map((type) => row.counts[type])))
  const rowHeight = LABEL + series.length * (BAR + BAR_GAP) + ROW_GAP
  const count = (value: number) => formatNumber(locale, value)
  const label = (type: (typeof series)[number], row: (typeof rows)[number]) =>
    t.figuresPage.bar(t.typesPlural[type], row.label, count(row.counts[type]))

  if (rows.length === 0) return <p className="muted">{t.figuresPage.nothing}</p>
  return (
    <figure className="figure-chart">
      {series.length > 1 ? (
        <ul className="chart-legend" aria-label={t.figuresPage.legend}>
          {series.map((type) => (
            <li key={type}>
              <span className={`swatch swatch-${type}`} aria-hidden="true" /> {t.typesPlural[type]}
            </li>
          ))}
        </ul>
      ) : null}
      <svg
        width="100%"
        height={rows.length * rowHeight}
        role="group"
        aria-label={t.figuresPage.chartSummary(title)}
        data-testid={`chart-${chart.dimension}`}
      >
        {rows.map((row, index) => {
          const top = index * rowHeight
          return (
            <g key={row.value}>
              <text x="0" y={top + 16} className="chart-label">
                {row.label}
              </text>
              {series.map((type, n) => {
                const y = top + LABEL + n * (BAR + BAR_GAP)
                const share = (row.counts[type] / max) * MAX_SHARE
                return (
                  <a
                    key={type}
                    href={figureSearchPath(locale, type, chart.dimension, row.value)}
                    aria-label={label(type, row)}
                    className="chart-bar"
                  >
                    {/* The whole line is the link's target, also for a zero. */}
                    <rect x="0" y={y - 1} width="100%" height={BAR + 2} className="chart-hit" />
                    <rect x="0" y={y} width={`${Math.max(share, 0.3)}%`} height={BAR} rx="2" className={`bar-${type}`} />
                    <text x={`${share}%`} dx="6" y={y + BAR - 2} className="chart-value">
                      {count(row.counts[type])}
                    </text>
                  </a>
                )
              })}
            </g>
          )
        })}
      </svg>
      <details className="chart-table">
        <summary>{t.figuresPage.showTable}</summary>
        <div className="table-scroll">
          <table className="data-table" id={`${id}-table`}>
            <caption>{title}</caption>
            <thead>
              <tr>
                <th scope="col">{t.facets[chart.dimension]}</th>
                {series.map((type) => (
                  <th key={type} scope="col" className="num">
                    {t.typesPlural[type]}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.value}>
                  <th scope="row">{row.label}</th>
                  {series.map((type) => (
                    <td key={type} className="num">
                      <a href={figureSearchPath(locale, type, chart.dimension, row.value)} aria-label={label(type, row)}>
                        {count(row.counts[type])}
                      </a>
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  )
}
