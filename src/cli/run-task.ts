import { spawn } from 'node:child_process'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * Runs one task of src/cli/tasks in a child process and resolves with its exit code.
 *
 * Why a child: the Payload config must be imported statically (a dynamic `import()` of it can
 * leave the process waiting forever on Node 20), and it reads DATABASE_URL when it loads, so the
 * task starts only once the database is known.
 */
const tasksDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'tasks')
const tsxCli = createRequire(import.meta.url).resolve('tsx/cli')

export const taskNames = ['migrate', 'seed', 'migrate-create', 'prepare', 'search-rebuild', 'worker'] as const
export type TaskName = (typeof taskNames)[number]

export function runTask(task: TaskName, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [tsxCli, path.join(tasksDir, `${task}.ts`), ...args], {
      stdio: 'inherit',
      env,
    })
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 128 : 1)))
  })
}
