import { messagesFor } from '@/i18n/messages'
import type { Locale } from '@/core/locale'
import type { PilotCard } from '@/site/content'
import { recordPath } from '@/site/format'
import { countries, labelOf } from '@/vocab'

/**
 * A hand-drawn, simplified outline of Europe (no tile server is reachable), with a numbered
 * marker per pilot. The SVG is an image with a title; the list under it is the text alternative
 * and the way to each pilot.
 */

type LonLat = readonly [number, number]

const WEST = -11
const NORTH = 71.5
const X_SCALE = 6.43 // 10 units per degree times cos(50°)
const Y_SCALE = 10
const project = ([lon, lat]: LonLat) => [(lon - WEST) * X_SCALE, (NORTH - lat) * Y_SCALE] as const
const path = (points: readonly LonLat[]) =>
  `M${points
    .map((point) =>
      project(point)
        .map((n) => n.toFixed(1))
        .join(','),
    )
    .join('L')}Z`

// Coarse coastlines, clockwise (longitude, latitude). Good enough to place four pilots.
const mainland: LonLat[] = [
  [-9.3, 43.2],
  [-8, 43.7],
  [-1.8, 43.4],
  [-1.3, 44.5],
  [-1.2, 46.2],
  [-2.5, 47.3],
  [-4.6, 48.3],
  [-1.6, 48.7],
  [-1.3, 49.6],
  [0.2, 49.7],
  [1.6, 50.9],
  [3.2, 51.3],
  [4.3, 51.9],
  [4.8, 52.9],
  [6.9, 53.4],
  [8.6, 53.9],
  [8.6, 55.4],
  [8.1, 56.8],
  [10.5, 57.7],
  [10.3, 56.2],
  [10.9, 54.5],
  [12.5, 54.4],
  [14.2, 53.9],
  [16.5, 54.5],
  [18.6, 54.7],
  [21.1, 55.2],
  [21.0, 56.8],
  [22.5, 57.7],
  [24.4, 57.3],
  [23.5, 59.2],
  [28.0, 59.5],
  [30.0, 59.9],
  [28.0, 60.5],
  [25.0, 60.2],
  [22.5, 60.0],
  [21.3, 61.0],
  [21.5, 63.5],
  [25.0, 65.0],
  [25.5, 65.6],
  [22.3, 65.8],
  [21.0, 64.5],
  [19.0, 63.5],
  [17.5, 62.3],
  [17.2, 61.0],
  [18.9, 60.1],
  [18.8, 59.3],
  [16.6, 57.5],
  [16.4, 56.2],
  [14.2, 55.4],
  [12.9, 55.5],
  [12.6, 56.5],
  [11.8, 58.0],
  [10.6, 59.4],
  [9.6, 59.0],
  [7.0, 58.0],
  [5.6, 58.5],
  [5.0, 60.5],
  [5.1, 62.0],
  [8.0, 63.5],
  [11.0, 64.8],
  [13.5, 67.5],
  [15.8, 68.5],
  [19.0, 69.8],
  [23.3, 70.7],
  [28.0, 71.0],
  [31.0, 70.0],
  [32.0, 69.8],
  [32.0, 46.6],
  [30.5, 46.2],
  [29.6, 45.3],
  [28.6, 44.2],
  [28.0, 43.0],
  [27.9, 42.0],
  [29.0, 41.2],
  [26.5, 40.6],
  [24.0, 40.8],
  [23.5, 40.2],
  [22.6, 40.4],
  [23.3, 39.2],
  [22.7, 38.0],
  [23.6, 37.9],
  [22.8, 36.5],
  [21.7, 36.9],
  [21.2, 38.2],
  [20.2, 39.5],
  [19.4, 40.4],
  [19.5, 41.8],
  [18.5, 42.5],
  [16.0, 43.5],
  [15.2, 44.3],
  [14.3, 45.3],
  [13.6, 45.1],
  [13.7, 45.6],
  [12.3, 45.3],
  [12.5, 44.4],
  [13.6, 43.5],
  [15.3, 42.0],
  [16.2, 41.4],
  [18.5, 40.2],
  [18.0, 39.9],
  [17.1, 39.4],
  [16.5, 38.5],
  [15.6, 38.0],
  [15.7, 40.1],
  [14.3, 40.9],
  [12.4, 41.7],
  [11.1, 42.6],
  [10.2, 43.9],
  [8.7, 44.4],
  [7.5, 43.8],
  [6.2, 43.1],
  [4.5, 43.4],
  [3.1, 43.1],
  [3.2, 41.9],
  [0.9, 41.0],
  [-0.3, 39.4],
  [0.2, 38.7],
  [-0.7, 37.6],
  [-2.1, 36.7],
  [-4.4, 36.7],
  [-5.6, 36.0],
  [-6.3, 36.8],
  [-7.4, 37.2],
  [-8.9, 37.0],
  [-8.8, 38.7],
  [-9.5, 39.4],
  [-8.7, 41.2],
  [-8.9, 42.1],
]
const islands: LonLat[][] = [
  // Great Britain
  [
    [-5.7, 50.0],
    [-3.5, 50.3],
    [1.4, 51.2],
    [1.7, 52.7],
    [0.2, 53.5],
    [-0.2, 54.5],
    [-1.6, 55.6],
    [-2.1, 57.0],
    [-1.8, 57.6],
    [-4.0, 57.6],
    [-3.0, 58.6],
    [-5.0, 58.6],
    [-6.2, 57.5],
    [-5.6, 56.3],
    [-4.9, 55.0],
    [-3.1, 54.9],
    [-3.4, 54.3],
    [-2.9, 53.3],
    [-4.6, 53.3],
    [-4.2, 52.2],
    [-5.2, 51.7],
    [-3.1, 51.5],
    [-4.2, 51.2],
  ],
  // Ireland
  [
    [-6.0, 52.2],
    [-6.2, 53.9],
    [-5.9, 54.6],
    [-7.3, 55.3],
    [-8.5, 54.6],
    [-10.0, 53.6],
    [-9.6, 52.1],
    [-10.3, 51.6],
    [-8.5, 51.6],
  ],
  // Sicily, Sardinia, Corsica
  [
    [12.4, 38.0],
    [15.6, 38.3],
    [15.1, 36.7],
    [12.6, 37.6],
  ],
  [
    [8.4, 41.0],
    [9.8, 40.9],
    [9.6, 39.1],
    [8.4, 39.0],
  ],
  [
    [8.6, 42.9],
    [9.5, 42.8],
    [9.4, 41.4],
    [8.8, 41.6],
  ],
]

/** Where each pilot's marker goes: its city where the reference names one, otherwise the country's middle. */
const markerPosition: Record<string, LonLat> = {
  BE: [4.35, 50.85], // Brussels
  FI: [25.0, 60.3], // Vantaa
  IT: [12.6, 42.8],
  NL: [5.5, 52.2],
}

/** "Brussels, Belgium"; just "Italy" when the place is the country itself. */
export function placeText(pilot: Pick<PilotCard, 'place' | 'country'>, locale: Locale): string {
  const country = labelOf(countries, pilot.country, locale)
  return pilot.place && !country.includes(pilot.place) && !pilot.place.includes(country) ? `${pilot.place}, ${country}` : country
}

export function EuropeMap({ locale, pilots }: { locale: Locale; pilots: PilotCard[] }) {
  const t = messagesFor(locale)
  const placed = pilots.filter((pilot) => markerPosition[pilot.country])
  return (
    <figure className="europe-map">
      <svg viewBox="0 0 280 372" role="img" aria-labelledby="map-title map-desc" focusable="false">
        <title id="map-title">{t.mapTitle}</title>
        <desc id="map-desc">
          {t.mapDescription} {placed.map((pilot, i) => `${i + 1}. ${pilot.name} (${placeText(pilot, locale)})`).join('; ')}
        </desc>
        <rect width="280" height="372" className="sea" />
        <path d={path(mainland)} className="land" />
        {islands.map((island, i) => (
          <path key={i} d={path(island)} className="land" />
        ))}
        {placed.map((pilot, i) => {
          const [x, y] = project(markerPosition[pilot.country]!)
          // Belgium and the Netherlands are close: one label above its marker, one below.
          const dy = pilot.country === 'NL' ? -6 : pilot.country === 'BE' ? 12 : 4
          return (
            <g key={pilot.slug} className="marker">
              <circle cx={x} cy={y} r="8" />
              <text x={x} y={y + 3.5} textAnchor="middle" className="marker-number">
                {i + 1}
              </text>
              <text x={x + 11} y={y + dy} textAnchor="start" className="marker-label">
                {pilot.name}
              </text>
            </g>
          )
        })}
      </svg>
      <figcaption>
        <ol className="map-legend">
          {placed.map((pilot) => (
            <li key={pilot.slug}>
              <a href={recordPath(locale, 'pilot', pilot.slug)}>{pilot.name}</a>
              {' – '}
              {placeText(pilot, locale)}
            </li>
          ))}
        </ol>
      </figcaption>
    </figure>
  )
}
