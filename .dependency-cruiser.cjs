// The import graph of src/, enforced by `npm test` (and `npm run deps`).
//
// "Logic" is everything that must stay free of UI: src/lib/**, and each tool's logic in
// src/tools/<id>/ — its .ts files, except its strings (strings/**), its views (.tsx,
// .astro), its unit tests (*.test.ts: a test may read the strings to check a message) and
// the shared widget kit src/tools/shared/ (hooks and DOM helpers for the views).
// Logic returns data and error kinds; the sentences and the rendering live elsewhere.
// tests/unit/import-rules.test.ts runs these rules on a small fixture, so they are known
// to catch what they say.

/** The logic modules, as a dependency-cruiser `path` / `pathNot` pair. */
const LOGIC = {
  path: ['^src/lib/', '^src/tools/[^/]+/.+\\.ts$'],
  pathNot: ['^src/tools/shared/', '/strings/', '\\.test\\.ts$', '\\.d\\.ts$'],
};

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'A cycle makes load order matter and the modules impossible to understand or test alone.',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'logic-not-to-ui-frameworks',
      comment: 'Logic runs without React or Astro: in tests, in scripts, in any view. Move the UI part to a view.',
      severity: 'error',
      from: LOGIC,
      to: { path: ['^react$', '^react/', '^react-dom$', '^react-dom/', 'node_modules/react/', 'node_modules/react-dom/', '^astro:'] },
    },
    {
      name: 'logic-not-to-strings',
      comment: 'Logic returns kinds, never sentences: the view looks the sentence up in the strings of its language.',
      severity: 'error',
      from: LOGIC,
      to: { path: ['^src/i18n/', '/strings/'] },
    },
    {
      name: 'logic-not-to-views',
      comment: 'Views depend on logic, never the other way round.',
      severity: 'error',
      from: LOGIC,
      to: { path: ['\\.tsx$', '\\.astro$', '^src/widgets/'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Astro's virtual modules (astro:content, …) cannot be resolved outside Astro; they are
    // still reported with their name, which is what logic-not-to-ui-frameworks matches.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
