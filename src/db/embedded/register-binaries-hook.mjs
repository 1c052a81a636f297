import { register } from 'node:module'

register('./binaries-hook.mjs', import.meta.url)
