import { format } from 'node:util'

import { defaultLoggerOptions, type Config, type PayloadLogger } from 'payload'

import { baseFields, logFormatOf, type LogEnv } from './log'

/** The `logger` option of the Payload config: JSON lines in production, Payload's coloured text otherwise (see src/core/log.ts). */
export function hubLoggerConfig(env: LogEnv = process.env): NonNullable<Config['logger']> {
  const level = env.LOG_LEVEL || 'info'
  if (logFormatOf(env) === 'pretty') return { options: { level }, destination: defaultLoggerOptions }
  return {
    options: {
      level,
      base: baseFields(),
      timestamp: () => `,"time":"${new Date().toISOString()}"`,
      messageKey: 'msg',
      // "level":"info" rather than pino's numbers, for people and log tools alike.
      formatters: { level: (label: string) => ({ level: label }) },
    },
  }
}

/**
 * With JSON logs, whatever still writes to the console (libraries, Next.js while serving) goes
 * through the logger too, so that standard output stays one JSON object per line.
 */
export function routeConsoleToLogger(logger: PayloadLogger): void {
  if (logFormatOf() !== 'json') return
  const entry = (args: unknown[]) => {
    const [first] = args
    if (args.length === 1 && first instanceof Error) return { err: first, msg: first.message }
    return { msg: format(...args) }
  }
  console.log = (...args: unknown[]) => logger.info(entry(args))
  console.info = (...args: unknown[]) => logger.info(entry(args))
  console.debug = (...args: unknown[]) => logger.debug(entry(args))
  console.warn = (...args: unknown[]) => logger.warn(entry(args))
  console.error = (...args: unknown[]) => logger.error(entry(args))
}
