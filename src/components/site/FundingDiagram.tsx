import { messagesFor } from '@/i18n/messages'
import type { Locale } from '@/core/locale'
import type { PilotPage } from '@/site/content'
import { formatEuros } from '@/site/format'
import { fundingInstruments, labelOf } from '@/vocab'

/**
 * Who funds whom, drawn top to bottom so that it stays legible at phone width:
 * EU (AMIF) -> grant managed by the CEB -> pilot; CEB loan -> borrower/pilot; co-financers -> pilot.
 * The list after the drawing says the same in words.
 */
export function FundingDiagram({ locale, pilot }: { locale: Locale; pilot: PilotPage }) {
  const t = messagesFor(locale)
  const { funding } = pilot
  const hasGrant = Boolean(funding.euGrant.fund || funding.euGrant.programme || funding.instruments.includes('eu-grant'))
  const loan = funding.cebLoan
  const hasLoan = Boolean(loan.borrower || loan.amountEur || loan.year || funding.instruments.includes('ceb-loan'))
  const coFinancing = funding.coFinancing.filter((row) => row.organisation)
  if (!hasGrant && !hasLoan && coFinancing.length === 0) return null

  const loanText = [
    t.cebLoan,
    loan.borrower ? `${t.borrower}: ${loan.borrower}` : null,
    loan.amountEur != null ? formatEuros(locale, loan.amountEur) : null,
    loan.year != null ? String(loan.year) : null,
  ]
    .filter(Boolean)
    .join(', ')
  const flows: string[] = []
  if (hasGrant)
    flows.push(
      `${t.eu}${funding.euGrant.fund ? ` (${funding.euGrant.fund})` : ''} → ${t.ceb} → ${pilot.name}: ${t.grantVia}${funding.euGrant.programme ? ` (${funding.euGrant.programme})` : ''}`,
    )
  if (hasLoan) flows.push(`${t.ceb} → ${loan.borrower ?? pilot.name}: ${loanText}`)
  for (const row of coFinancing) {
    flows.push(
      `${row.organisation} → ${pilot.name}: ${t.coFinancing}, ${labelOf(fundingInstruments, row.instrument, locale)}${row.amountEur != null ? `, ${formatEuros(locale, row.amountEur)}` : ''}`,
    )
  }

  const W = 320
  const boxW = 240
  const left = (W - boxW) / 2
  const rowsTop = { eu: 8, ceb: 96, pilot: 184 }
  const coTop = 272
  const height = coFinancing.length > 0 ? coTop + coFinancing.length * 48 : rowsTop.pilot + 50
  const cebCx = W / 2
  return (
    <figure className="funding-diagram">
      <svg viewBox={`0 0 ${W} ${height}`} role="img" aria-labelledby="funding-title funding-desc" focusable="false">
        <title id="funding-title">{t.fundingDiagramTitle}</title>
        <desc id="funding-desc">{flows.join('. ')}</desc>
        <defs>
          <marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
            <path d="M0,0L10,5L0,10z" className="arrow-head" />
          </marker>
        </defs>
        {hasGrant ? (
          <>
            <rect x={left} y={rowsTop.eu} width={boxW} height="44" rx="6" className="node node-eu" />
            <text x={W / 2} y={rowsTop.eu + 19} textAnchor="middle" className="node-title">
              {t.eu}
            </text>
            <text x={W / 2} y={rowsTop.eu + 35} textAnchor="middle" className="node-sub">
              AMIF
            </text>
            <line x1={cebCx} y1={rowsTop.eu + 44} x2={cebCx} y2={rowsTop.ceb - 2} className="flow flow-grant" markerEnd="url(#arrow)" />
            <text x={cebCx + 8} y={rowsTop.eu + 70} className="flow-label">
              {t.euGrant}
            </text>
          </>
        ) : null}
        {hasGrant || hasLoan ? (
          <>
            <rect x={left} y={rowsTop.ceb} width={boxW} height="44" rx="6" className="node node-ceb" />
            <text x={W / 2} y={rowsTop.ceb + 27} textAnchor="middle" className="node-title">
              CEB
            </text>
          </>
        ) : null}
        {hasGrant ? (
          <>
            <line
              x1={cebCx - 50}
              y1={rowsTop.ceb + 44}
              x2={cebCx - 50}
              y2={rowsTop.pilot - 2}
              className="flow flow-grant"
              markerEnd="url(#arrow)"
            />
            <text x={cebCx - 58} y={rowsTop.ceb + 70} textAnchor="end" className="flow-label">
              {t.euGrant}
            </text>
          </>
        ) : null}
        {hasLoan ? (
          <>
            <line
              x1={cebCx + 50}
              y1={rowsTop.ceb + 44}
              x2={cebCx + 50}
              y2={rowsTop.pilot - 2}
              className="flow flow-loan"
              markerEnd="url(#arrow)"
            />
            <text x={cebCx + 58} y={rowsTop.ceb + 70} className="flow-label">
              {t.cebLoan}
            </text>
          </>
        ) : null}
        <rect x={left} y={rowsTop.pilot} width={boxW} height="44" rx="6" className="node node-pilot" />
        <text x={W / 2} y={rowsTop.pilot + 27} textAnchor="middle" className="node-title">
          {pilot.name}
        </text>
        {coFinancing.map((row, i) => {
          const y = coTop + i * 48
          return (
            <g key={`${row.organisation}-${i}`}>
              <rect x={left} y={y} width={boxW} height="36" rx="6" className="node node-co" />
              <text x={W / 2} y={y + 23} textAnchor="middle" className="node-sub">
                {row.organisation}
              </text>
              {i === 0 ? (
                <line x1={cebCx} y1={y - 2} x2={cebCx} y2={rowsTop.pilot + 46} className="flow flow-co" markerEnd="url(#arrow)" />
              ) : null}
            </g>
          )
        })}
      </svg>
      <figcaption>
        <ul className="flows">
          {flows.map((flow) => (
            <li key={flow}>{flow}</li>
          ))}
        </ul>
      </figcaption>
    </figure>
  )
}
