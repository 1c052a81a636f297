/** Command-line options of the benchmarks: `--name value`. */

export function argument(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`)
  return i >= 0 ? process.argv[i + 1] : undefined
}

/** A positive whole number given as `--name N`, or `fallback`; anything else stops the benchmark, naming the option. */
export function positive(name: string, fallback: number): number {
  const raw = argument(name)
  const value = raw === undefined ? fallback : Number(raw)
  if (!Number.isInteger(value) || value <= 0) throw new Error(`--${name} must be a positive integer`)
  return value
}
