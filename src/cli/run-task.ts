import { spawn } from 'node:child_process'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * Runs one task of src/cli/tasks (or, for backup and restore, a shell script of scripts/) in a
 * child process and resolves with its exit code.
 *
 * Why a child: the Payload config reads DATABASE_URL when it loads, so the task starts only once
 * the database is known.
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
 * The export condition that every process loading the Payload config starts with: the tasks here,
 * the tests' runs of them and the Payload CLI (package.json) pass it to Node.
 *
 * Lexical, the editor under @payloadcms/richtext-lexical, maps Node's default `node` condition to
 * files such as `lexical/dist/Lexical.node.mjs` whose only statement is a top-level
 * `await import('./Lexical.dev.mjs')` (or `.prod.mjs`, by NODE_ENV). The config loads thirteen of
 * them; their imports settle in an order that varies from run to run, and on Node 20 (V8 11.3)
 * some orders meet a V8 bug: the counter that orders the modules waiting on a top-level await is
 * reset while modules of the config's graph still wait, a module of a later graph gets the same
 * number as one of them, and that one is never evaluated (tc39/ecma262#3353, tc39/test262#4600).
 * The import of the config then never settles: exit 13 when a top-level await waits for it, exit
 * 0 having done nothing when none does (the Payload CLI). Lexical's `development` and `production`
 * conditions name the file that the wrapper would load, so with them the config's graph has no
 * top-level await.
 */
export function exportCondition(env: NodeJS.ProcessEnv = process.env): string {
  return `--conditions=${env.NODE_ENV === 'production' ? 'production' : 'development'}`
}

export function runTask(task: TaskName, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve) => {
    const script = shellTasks[task]
    const [command, commandArgs] = script
      ? ['sh', [path.join(scriptsDir, script), ...args]]
      : [process.execPath, [tsxCli, exportCondition(env), path.join(tasksDir, `${task}.ts`), ...args]]
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
