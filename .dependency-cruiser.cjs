// The import graph of src/, enforced by `npm test` (and `npm run deps`).
//
// "Logic" is everything that must stay free of UI: src/lib/** and the .ts files of each
// tool folder, apart from strings, tests, the shared widget kit and the custom-element
// views; the exact set is in scripts/lib/logic-modules.cjs (shared with the Dutch-sentence
// test). Logic returns data and error kinds; the sentences and the rendering live elsewhere.
// astro.config.mjs is cruised too (`npm run deps` names it): it reads as a list of
// integrations, and everything they do lives in src/integrations/.
// tests/unit/import-rules.test.ts runs these rules on a small fixture, so they are known
// to catch what they say.
const { logicModules: LOGIC, plainViews } = require('./scripts/lib/logic-modules.cjs');

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
      comment: 'Views depend on logic, never the other way round (also the views written as plain TypeScript: custom elements, DOM code).',
      severity: 'error',
      from: LOGIC,
      to: { path: ['\\.tsx$', '\\.astro$', ...plainViews] },
    },
    {
      name: 'logic-not-to-schemas',
      comment:
        "A tool's logic runs in the browser, where zod has no place: the content schemas (src/schemas/, a tool's data-schema.ts) check content during the build. Logic may import their types (import type), never their values.",
      severity: 'error',
      from: LOGIC,
      to: { path: ['^src/schemas/', '/data-schema\\.ts$', '^astro/zod$', '^zod$', 'node_modules/zod/', 'node_modules/astro/zod'], dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'config-only-to-integrations',
      comment: 'astro.config.mjs imports only src/integrations/ (and Astro, MDX, React): build glue and the settings it needs live there, so the config stays a list.',
      severity: 'error',
      from: { path: '^astro\\.config\\.mjs$' },
      to: { pathNot: ['^src/integrations/', '^node_modules/astro/', '^node_modules/@astrojs/(mdx|react)/'] },
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
