// Which modules are "logic": read by .dependency-cruiser.cjs (the import rules) and by
// tests/unit/logic-purity.test.ts (no Dutch sentences), so both check the same set.
//
// Logic = src/lib/**, the slide cutter and the presenter's clock (src/slides/slides.ts, timer.ts) and the .ts files of a tool folder src/tools/<id>/, apart from its
// strings (strings/**), its unit tests (*.test.ts, which may read the strings to check a
// message) and their sample data (testing/**), its content schema (data-schema.ts, zod, read
// by the build only), declaration files, the shared widget kit src/tools/shared/ (hooks and DOM
// helpers for the views), the views written as plain TypeScript (the search dialog and its
// trigger; the offline copy's element, the offline page's list and the service worker's
// registration) and the service worker itself. Views (.tsx, .astro) are never logic.

/** Regular expressions (as strings, the form dependency-cruiser takes) over repo-relative paths. */
/** The views written as plain TypeScript (custom elements, DOM code): views, though not .tsx or .astro. */
const plainViews = ['^src/tools/search/search-(ui|trigger)\\.ts$', '^src/tools/offline/(offline-copy|offline-page|register)\\.ts$'];

const logicModules = {
  path: ['^src/lib/.+\\.ts$', '^src/slides/(slides|timer)\\.ts$', '^src/tools/[^/]+/.+\\.ts$'],
  pathNot: ['^src/tools/shared/', '/strings/', '/testing/', '/data-schema\\.ts$', '\\.test\\.ts$', '\\.d\\.ts$', ...plainViews, '^src/tools/offline/service-worker\\.ts$'],
};

/** @param {string} path a path relative to the repository root, with forward slashes */
function isLogicModule(path) {
  return logicModules.path.some((re) => new RegExp(re).test(path)) && !logicModules.pathNot.some((re) => new RegExp(re).test(path));
}

module.exports = { logicModules, plainViews, isLogicModule };
