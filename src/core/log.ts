import os from 'node:os'

/**
 * Log format and the launchers' own lines. Payload's logger (pino) is the one logger of every
 * process: the portal, the worker and the command-line tasks (src/core/logger.ts configures it).
 * In production (or with LOG_FORMAT=json) each entry is one JSON object on one line of standard
 * output:
 *   {"level":"info","time":"2026-01-31T03:00:00.123Z","process":"worker","pid":7,"hostname":"…","msg":"…", …context}
 * with the context of the entry beside it (job, collection, id…). In development the output is
 * Payload's usual coloured text. LOG_LEVEL sets the threshold (default info).
 * This module does not import Payload: the launchers use it before Payload loads.
 */

export type LogFormat = 'json' | 'pretty'
export type LogEnv = { NODE_ENV?: string; LOG_FORMAT?: string; LOG_LEVEL?: string }

export function logFormatOf(env: LogEnv = process.env): LogFormat {
  if (env.LOG_FORMAT === 'json' || env.LOG_FORMAT === 'pretty') return env.LOG_FORMAT
  return env.NODE_ENV === 'production' ? 'json' : 'pretty'
}

/** Which process writes: HUB_PROCESS (set by src/cli/run-task.ts and docker-compose.yml), else the portal. */
export const processName = (): string => process.env.HUB_PROCESS || 'portal'

/** The fields every JSON entry starts with (the logger adds the same through its options). */
export const baseFields = () => ({ process: processName(), pid: process.pid, hostname: os.hostname() })

/**
 * For the small launchers that run before Payload (src/cli/with-database.ts, run-task.ts,
 * serve.ts): one line in the same shape as the logger's, or plain text in development.
 */
export function cliLog(level: 'info' | 'warn' | 'error', msg: string, context: Record<string, unknown> = {}): void {
  if (logFormatOf() === 'json') {
    const entry = { level, time: new Date().toISOString(), ...baseFields(), msg, ...context }
    process.stdout.write(`${JSON.stringify(entry)}\n`)
    return
  }
  ;(level === 'error' ? console.error : level === 'warn' ? console.warn : console.log)(msg)
}
