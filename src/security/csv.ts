/**
 * A text cell of an exported spreadsheet that cannot run as a formula (CSV injection): a value
 * starting with `=`, `+`, `-`, `@` (after any spaces), a tab or a carriage return gets a leading apostrophe, which
 * spreadsheet programs show as text and do not evaluate. Numbers are written as numbers.
 */
const FORMULA_START = /^(?:[ \u00a0]*[=+\-@]|[\t\r\n])/

export function spreadsheetSafe(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value
}
