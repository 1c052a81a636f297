import { spawn } from 'node:child_process'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { cliLog } from '../core/log'

/**
 * Runs one task of src/cli/tasks (or, for backup and restore, a shell script of scripts/) in a
 * child process and resolves with its exit code.
 *
 * Why a child: the Payload config must be imported statically (a dynamic `import()` of it can
 * leave the process waiting forever on Node 20), and it reads DATABASE_URL when it loads, so the
 * task starts only once the database is known.
 */
const tasksDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'tasks')
const scriptsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../scripts')
const tsxCli = createRequire(import.meta.url).resolve('tsx/cli')

export const taskNames = ['migrate', 'seed', 'migrate-create', 'prepare', 'search-rebuild', 'worker', 'backup', 'restore'] as const
export type TaskName = (typeof taskNames)[number]

/**
 * Backup and restore are POSIX shell scripts around pg_dump, pg_restore, psql and tar: the same
 * scripts run in the postgres image of the compose file, whose client tools match the server
 * (docs/operations.md). They need no Payload.
 */
const shellTasks: Partial<Record<TaskName, string>> = { backup: 'backup.sh', restore: 'restore.sh' }

/**
 * Exit code 13 is Node's "unsettled top-level await": on Node 20, now and then, a module graph
 * as large as Payload's leaves the entry module waiting with nothing left to run. The tasks are
 * idempotent (migrations are transactional and recorded), so such a run is simply run again.
 */
export const UNSETTLED_TOP_LEVEL_AWAIT = 13

function runOnce(task: TaskName, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve) => {
    const script = shellTasks[task]
    const [command, commandArgs] = script
      ? ['sh', [path.join(scriptsDir, script), ...args]]
      : [process.execPath, [tsxCli, path.join(tasksDir, `${task}.ts`), ...args]]
    // HUB_PROCESS names the process in its log entries (src/core/log.ts).
    const child = spawn(command, commandArgs, { stdio: 'inherit', env: { HUB_PROCESS: task, ...env } })
    // SIGTERM (docker stop, a process manager) and SIGINT go to the task, which finishes its work
    // and exits (the worker ends its round); this process then exits with the task's code.
    const forward = (signal: NodeJS.Signals) => child.kill(signal)
    process.on('SIGTERM', forward)
    process.on('SIGINT', forward)
    child.on('exit', (code, signal) => {
      process.off('SIGTERM', forward)
      process.off('SIGINT', forward)
      resolve(code ?? (signal ? 128 : 1))
    })
  })
}

export async function runTask(task: TaskName, args: string[], env: NodeJS.ProcessEnv, attempts = 3): Promise<number> {
  for (let attempt = 1; ; attempt++) {
    const code = await runOnce(task, args, env)
    if (code !== UNSETTLED_TOP_LEVEL_AWAIT || attempt >= attempts) return code
    cliLog('warn', `The ${task} task stopped with Node's exit code 13 (unsettled top-level await): running it again.`, { task, attempt })
  }
}
