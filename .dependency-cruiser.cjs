/**
 * The layers of the hub, from the ground floor up (docs/architecture.md). An import may go down
 * or stay on its floor, never up; and there are no cycles anywhere.
 *
 *   core/                     configuration, logging, locale, labels, rich text, slugs, field builders
 *   vocab/ model/ migrations/ controlled vocabularies, the content-type registry, the schema history
 *   domain                    access, workflow, search, documents, contact, security, operations,
 *                             i18n, db, seed, publication, alerts, oai; and site/ (the public read model) above them
 *   collections/              the schema, wiring the domain's rules and hooks by name
 *   payload.config.ts         the Payload configuration
 *   boot/ components/ cli/    process boot, React components, command-line entry points
 *   app/ instrumentation.ts   Next.js routes
 */
const domain = '^src/(access|workflow|search|documents|contact|security|operations|i18n|db|seed|publication|alerts|oai)/'
const above = {
  model:
    '^(src/(access|workflow|search|documents|contact|security|operations|i18n|db|seed|publication|alerts|oai|site|boot|components|cli|app)/|collections/|payload[.]config[.]ts$|src/instrumentation[.]ts$)',
  domain: '^(src/(site|boot|components|cli|app)/|collections/|payload[.]config[.]ts$|src/instrumentation[.]ts$)',
  site: '^(src/(boot|components|cli|app)/|collections/|payload[.]config[.]ts$|src/instrumentation[.]ts$)',
  collections: '^(src/(boot|components|cli|app)/|payload[.]config[.]ts$|src/instrumentation[.]ts$)',
  config: '^(src/(boot|components|cli|app)/|src/instrumentation[.]ts$)',
  top: '^(src/app/|src/instrumentation[.]ts$)',
}

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'A cycle ties modules together and can leave a top-level await waiting on itself.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'core-is-the-ground-floor',
      severity: 'error',
      comment: 'src/core imports nothing of the hub outside itself.',
      from: { path: '^src/core/' },
      to: { path: '^(src/|collections/|migrations/|payload[.]config[.]ts$)', pathNot: '^src/core/' },
    },
    {
      name: 'vocabularies-and-registry-stay-low',
      severity: 'error',
      from: { path: '^(src/(vocab|model)/|migrations/)' },
      to: { path: above.model },
    },
    {
      name: 'generated-types-import-nothing',
      severity: 'error',
      from: { path: '^src/payload-types[.]ts$' },
      to: { path: '^(src/|collections/)' },
    },
    {
      name: 'domain-does-not-reach-up',
      severity: 'error',
      comment: 'The domain does not import the public read model, the schema, the config or anything that runs a process.',
      from: { path: domain },
      to: { path: above.domain },
    },
    {
      name: 'site-does-not-reach-up',
      severity: 'error',
      comment: 'The public read model takes the Payload instance from its caller; it does not import the config.',
      from: { path: '^src/site/' },
      to: { path: above.site },
    },
    {
      name: 'collections-do-not-reach-up',
      severity: 'error',
      from: { path: '^collections/' },
      to: { path: above.collections },
    },
    {
      name: 'config-does-not-reach-up',
      severity: 'error',
      from: { path: '^payload[.]config[.]ts$' },
      to: { path: above.config },
    },
    {
      name: 'nothing-imports-the-routes',
      severity: 'error',
      from: { pathNot: above.top },
      to: { path: above.top },
    },
    {
      name: 'commands-are-entry-points',
      severity: 'error',
      comment: 'Only the command-line entry points import each other; boot, components and routes do not import src/cli.',
      from: { path: '^src/(boot|components|app)/' },
      to: { path: '^src/cli/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|[.]next|[.]data)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
}
