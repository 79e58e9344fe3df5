/**
 * Imports run one way (../shared/STYLE.md, "Dependencies run one way"):
 *   entry points (api/src/main.ts, api/src/start-neo4j.ts, seed/*.ts, bench/, scripts/)
 *   > api/src/server.ts, bootstrap, graphql/ (resolvers translate), auth/, observability/, seed libraries
 *   > api/src/domain/ (rules, no I/O) and api/src/db/ (the driver, the Cypher) > db/ (the engine)
 *   > api/src/errors.ts and api/src/model/ (every layer may import them).
 * `npm run lint:deps` (part of `npm test`) fails on an import that runs back up.
 * @type {import('dependency-cruiser').IConfiguration}
 */
const ENTRY = '^(api/src/(main|start-neo4j)\\.ts$|seed/[^/]+\\.ts$|bench/|scripts/)';
const BOTTOM = '^api/src/(errors\\.ts$|model/)';
const SERVER = '^api/src/(server|bootstrap|web-build)\\.ts$';

module.exports = {
  forbidden: [
    {
      name: 'no-import-of-entry-points',
      comment: 'An entry point wires the others; nothing imports it (share code through a module below it).',
      severity: 'error',
      from: { pathNot: '^(bench/|scripts/)' },
      to: { path: ENTRY },
    },
    {
      name: 'bottom-imports-only-bottom',
      comment: 'Error codes and model types sit at the bottom: every layer imports them, they import no layer.',
      severity: 'error',
      from: { path: BOTTOM },
      to: { path: '^(api|seed|db|bench|web)/', pathNot: BOTTOM },
    },
    {
      name: 'domain-is-pure',
      comment: 'domain/ holds the rules and does no I/O: it imports only itself and the bottom layer.',
      severity: 'error',
      from: { path: '^api/src/domain/' },
      to: { path: '^(api|seed|db|bench|web)/', pathNot: `^api/src/domain/|${BOTTOM}` },
    },
    {
      name: 'domain-does-no-io',
      comment: 'domain/ reads no files, network or processes: a use case is given what it needs.',
      severity: 'error',
      from: { path: '^api/src/domain/' },
      to: { dependencyTypes: ['core'], path: '^(node:)?(fs|fs/promises|net|http|https|child_process|worker_threads|dgram|dns|tls|cluster)$' },
    },
    {
      name: 'db-is-below-graphql',
      comment: 'api/src/db/ (the driver and the Cypher) serves graphql/ and the loaders; it never imports them.',
      severity: 'error',
      from: { path: '^api/src/db/' },
      to: { path: `^(api/src/(graphql|auth|observability)/|${SERVER}|seed/|bench/|web/)` },
    },
    {
      name: 'graphql-is-below-the-server',
      comment: 'Resolvers translate requests; the server and bootstrap wire them, not the other way round.',
      severity: 'error',
      from: { path: '^api/src/(graphql|auth|observability)/' },
      to: { path: `${SERVER}|^(seed|bench|web)/` },
    },
    {
      name: 'api-does-not-import-seed',
      comment: 'The API is given the seed loader by its entry point (main.ts) instead of importing it.',
      severity: 'error',
      from: { path: '^api/src/', pathNot: ENTRY },
      to: { path: '^(seed|bench|scripts)/' },
    },
    {
      name: 'engine-imports-no-project-code',
      comment: 'db/ fetches and starts Neo4j; it knows nothing of the API, the loader or the benchmarks.',
      severity: 'error',
      from: { path: '^db/' },
      to: { path: '^(api|seed|bench|web|scripts)/' },
    },
    {
      name: 'seed-libraries-below-entry-points',
      comment: 'The loader, generator and formats are libraries: they use the API\'s db/ and domain/, never its resolvers or server.',
      severity: 'error',
      from: { path: '^seed/(loader|generator|formats)/' },
      to: { path: `^(api/src/(graphql|auth|observability)/|${SERVER}|bench/|web/)` },
    },
    {
      name: 'web-imports-only-pure-api-code',
      comment: 'The page is built on its own; from the API it may share only pure rules and generated vocabularies.',
      severity: 'error',
      from: { path: '^web/' },
      to: { path: '^(api|seed|db|bench|scripts)/', pathNot: `^api/src/domain/|${BOTTOM}` },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(node_modules|dist)/|\\.d\\.ts$' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js', '.cjs', '.mjs', '.json'] },
  },
};
