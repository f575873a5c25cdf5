// The dependency rules of Interlog, checked by `npm run lint:deps` and by test/architecture/dependency-rules.test.ts
// (one test per rule). Paths are relative to the repository root.
//
// Server: server/src/<component>/{index.ts, routes/, workers/, domain/, data-access/, test/}, shared code in
// server/src/lib/, the assembly in server/src/create-server.ts (used by main.ts and the tests).
// Front end: packages addin/<package>/ used by the apps addin/{outlook,teams,preview}/.
// Tests are not cruised (see options.exclude).

const APPS = '(outlook|teams|preview)';
const ASSEMBLY = '^server/src/[^/]+\\.ts$';
const SCHEMA = '^server/src/[^/]+/domain/[^/]+-schema\\.ts$';
const TEST = '(^|/)test/|\\.test\\.tsx?$';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    // ---- server ----
    {
      name: 'server-component-through-index',
      comment:
        "A server component uses another only through that component's index.ts, its public face. The one exception: a *-schema.ts may import another component's *-schema.ts (the TypeBox schemas are the published contract the front end imports too).",
      severity: 'error',
      from: { path: '^server/src/([^/]+)/', pathNot: ['^server/src/lib/', SCHEMA] },
      to: {
        path: '^server/src/[^/]+/',
        pathNot: ['^server/src/$1/', '^server/src/lib/', '^server/src/[^/]+/index\\.ts$'],
      },
    },
    {
      name: 'server-schemas-are-pure',
      comment:
        'A domain *-schema.ts holds TypeBox schemas and their types only: it imports TypeBox, lib/schema and other schemas, never behaviour (so the front end can import its types, and schemas never drag a component in).',
      severity: 'error',
      from: { path: SCHEMA },
      to: { pathNot: ['@sinclair/typebox', '^server/src/lib/schema/', SCHEMA] },
    },
    {
      name: 'server-data-access-is-private',
      comment:
        "A component's data-access/ (mongoose models, repositories, gateways) is used by that component only; each collection has one owning component, and others go through the owner's index.ts.",
      severity: 'error',
      from: { path: '^server/src/([^/]+)/' },
      to: { path: '^server/src/[^/]+/data-access/', pathNot: '^server/src/$1/data-access/' },
    },
    {
      name: 'server-domain-without-frameworks',
      comment:
        "Domain modules are the business story: no Express, no mongoose and no mongoose model files. They use their own component's repositories (which return plain objects), as practica's use cases do, and other components through their index.ts.",
      severity: 'error',
      from: { path: '^server/src/[^/]+/domain/' },
      to: { path: ['(^|/)node_modules/(express|mongoose|pino-http)/', '-models?\\.ts$'] },
    },
    {
      name: 'server-entry-points-from-assembly-only',
      comment:
        "A component's routes/ and workers/ are entry points: the assembly (server/src/create-server.ts) mounts and starts them, and no other component imports them (a route may use its own component's worker).",
      severity: 'error',
      from: { path: '^server/src/([^/]+)/' },
      to: { path: '^server/src/[^/]+/(routes|workers)/', pathNot: '^server/src/$1/' },
    },
    {
      name: 'server-domain-never-reaches-entry-points',
      comment:
        "Domain and data-access modules (and the component's index.ts) never import routes/ or workers/, not even their types: the use cases do not know how they are called.",
      severity: 'error',
      from: { path: '^server/src/[^/]+/(domain/|data-access/|index\\.ts$)' },
      to: { path: '^server/src/[^/]+/(routes|workers)/' },
    },
    {
      name: 'server-assembly-uses-front-doors',
      comment:
        'The assembly (create-server.ts, main.ts) takes components through their index.ts, routes/ and workers/, never their domain/ or data-access/ internals.',
      severity: 'error',
      from: { path: ASSEMBLY },
      to: { path: '^server/src/[^/]+/(domain|data-access)/' },
    },
    {
      name: 'server-lib-is-component-free',
      comment: 'server/src/lib/ is shared by every component and imports none of them (nor the assembly).',
      severity: 'error',
      from: { path: '^server/src/lib/' },
      to: { path: '^server/src/', pathNot: '^server/src/lib/' },
    },
    {
      name: 'server-no-cycles-between-components',
      comment:
        'Components depend on each other one way (setup <- templates, contacts <- interactions <- segments <- correspondence <- delivery ...): a reaction that would run back up is an event wired in create-server.ts. Checked per component folder.',
      severity: 'error',
      scope: 'folder',
      from: { path: '^server/src/[^/]+/?$', pathNot: '^server/src/lib/?$' },
      to: { path: '^server/src/[^/]+/?$', circular: true },
    },
    {
      name: 'server-no-circular-modules',
      comment: 'No module of the server imports itself back through others (cycles make load order matter).',
      severity: 'error',
      from: { path: '^server/src/' },
      to: { circular: true },
    },
    // ---- front end ----
    {
      name: 'addin-packages-never-import-apps',
      comment:
        'The add-in packages (ui-kit, api-client, i18n, auth, app-shell, interactions, ...) are used by the apps and never import an app (outlook, teams, preview).',
      severity: 'error',
      from: { path: `^addin/(?!${APPS}/)[^/]+/` },
      to: { path: `^addin/${APPS}/` },
    },
    {
      name: 'addin-apps-independent',
      comment:
        'The apps do not import each other; only preview imports outlook and teams (it renders their pages in simulated hosts).',
      severity: 'error',
      from: { path: '^addin/(outlook|teams)/' },
      to: { path: `^addin/${APPS}/`, pathNot: '^addin/$1/' },
    },
    {
      name: 'addin-packages-by-name',
      comment:
        "Add-in code imports another package only by its name, @interlog/<package> (its src/index.ts), never by a path into the package's folder.",
      severity: 'error',
      from: { path: '^addin/([^/]+)/' },
      to: {
        path: '^addin/[^/]+/',
        pathNot: '^addin/$1/',
        dependencyTypesNot: ['aliased-tsconfig-paths'],
      },
    },
    // The packages depend one way, so they cannot cycle: apps -> interactions -> app-shell -> ui-kit -> api-client,
    // i18n, auth; contact-matching -> api-client.
    {
      name: 'addin-foundations-know-no-ui',
      comment:
        'api-client, i18n and auth import none of the UI packages (ui-kit, app-shell, interactions, contact-matching).',
      severity: 'error',
      from: { path: '^addin/(api-client|i18n|auth)/' },
      to: { path: '^addin/(ui-kit|app-shell|interactions|contact-matching)/' },
    },
    {
      name: 'addin-ui-kit-generic',
      comment:
        'ui-kit holds generic UI parts only: it imports neither the services (app-shell, auth) nor a feature (interactions, contact-matching).',
      severity: 'error',
      from: { path: '^addin/ui-kit/' },
      to: { path: '^addin/(app-shell|interactions|contact-matching|auth)/' },
    },
    {
      name: 'addin-app-shell-knows-no-feature',
      comment:
        'app-shell (services, their context, boot) imports no feature; the pages hand it what to start early (createServices({ warmUp })).',
      severity: 'error',
      from: { path: '^addin/app-shell/' },
      to: { path: '^addin/(interactions|contact-matching)/' },
    },
    {
      name: 'addin-contact-matching-without-react',
      comment:
        'contact-matching runs in the on-send runtime too (one classic script, no React): it imports only api-client, and neither React nor Fluent UI.',
      severity: 'error',
      from: { path: '^addin/contact-matching/' },
      to: { path: ['^addin/(?!contact-matching/|api-client/)', 'node_modules/(react|react-dom|@fluentui/[^/]+)/'] },
    },
    {
      name: 'addin-imports-server-types-only',
      comment:
        'The front end takes only types from the server (erased when built): `import type` / `export type` of server code.',
      severity: 'error',
      from: { path: '^addin/' },
      to: { path: '^server/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'addin-imports-only-server-schemas',
      comment:
        'The types the front end takes from the server come from the published contract: server/src/<component>/domain/*-schema.ts, and the shared schemas in server/src/lib/schema/ (lists, problems).',
      severity: 'error',
      from: { path: '^addin/' },
      to: { path: '^server/', pathNot: [SCHEMA, '^server/src/lib/schema/'] },
    },
  ],
  options: {
    // The rules are about the product's code: tests may reach into any component (stand-ins, models) to arrange
    // and check, and the generated API types are data.
    exclude: { path: [TEST, '^addin/api-client/src/generated/', '(^|/)dist/'] },
    doNotFollow: { path: '(^|/)node_modules/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json', '.d.ts'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
