// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import { normaliseBase } from './src/lib/base-path.ts';
import { chooseSiteUrl, LOCAL_SITE_URL } from './src/lib/site-url.ts';
import { linkPreviewsEarly } from './src/data/og-image-early.ts';
import { searchIndex } from './src/tools/search/build-index.ts';
import { writeServiceWorker } from './scripts/lib/service-worker.mjs';
import { englishRoutes } from './src/lib/localized-routes.ts';
import { englishEditionPublished } from './src/data/organisation.ts';
import { organisationTheme } from './src/integrations/organisation.ts';

/**
 * Where the site is hosted. Organisations put the playbook on an intranet, often
 * under a sub-path: `BASE_PATH=/playbook/ npm run build`. Every internal link goes
 * through `src/lib/urls.ts`, so nothing else needs to change.
 */
const base = normaliseBase(process.env.BASE_PATH);
// scripts/build.mjs refuses a production build without a real SITE_URL (see
// src/lib/site-url.ts); `astro dev` and `astro sync` fall back to the local address.
const siteChoice = chooseSiteUrl(process.env);
const site = siteChoice.ok ? siteChoice.url : process.env.SITE_URL || LOCAL_SITE_URL;

/** @returns {import('astro').AstroIntegration} */
function serviceWorker() {
  return {
    name: 'adviesplaybook:service-worker',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { warnings, summary } = await writeServiceWorker({ outDir: fileURLToPath(dir), base });
        for (const warning of warnings) logger.warn(warning);
        logger.info(summary);
      },
    },
  };
}

/**
 * The English edition under /en/: the Dutch templates serve it too (src/lib/localized-routes.ts),
 * when the content has one (content/en/). Fixture sites and the benchmark corpus are Dutch only.
 * @returns {import('astro').AstroIntegration}
 */
function englishEdition() {
  return {
    name: 'adviesplaybook:english-edition',
    hooks: {
      'astro:config:setup': ({ injectRoute }) => {
        if (!englishEditionPublished()) return;
        for (const route of englishRoutes()) injectRoute({ ...route, prerender: true });
      },
    },
  };
}

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  outDir: process.env.OUT_DIR ?? './dist',
  // Separate caches let several builds (tests, benchmark, a base-path build) run side by side.
  cacheDir: process.env.CACHE_DIR ?? './node_modules/.astro',
  // Styles as files, never <style> in the page: cacheable, and nothing inline for the CSP to hash.
  build: {
    format: 'directory',
    inlineStylesheets: 'never',
    // Several pages in flight at once: while one waits for its file write, another renders.
    concurrency: 4,
  },
  i18n: {
    // Dutch lives at the root; an English edition will live under /en/.
    defaultLocale: 'nl',
    locales: ['nl', 'en'],
    routing: { prefixDefaultLocale: false },
  },
  integrations: [
    mdx(),
    react(),
    // The organisation file and its theme (content/organisation.yaml), checked before anything is built.
    organisationTheme(),
    englishEdition(),
    // Link previews start drawing in the background as the build starts (src/data/og-image-early.ts).
    linkPreviewsEarly(),
    // Pagefind indexes the pages while they are rendered (src/middleware.ts feeds it).
    searchIndex(),
    // Last (hooks run in this order): the service worker precaches files by their content,
    // the search index among them.
    serviceWorker(),
  ],
  // No code samples in the playbook; Shiki would also need inline styles, which the CSP refuses.
  markdown: { syntaxHighlight: false },
  vite: {
    build: {
      // Our scripts ship as files, never inline: cacheable, and nothing for the CSP to hash.
      // (Astro inlines a small script without imports, such as the slide deck's.)
      assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined),
      rollupOptions: {
        // Every MDX module carries Astro's own "use astro:head-inject" directive, and the
        // bundler warns about each of them; the warning says nothing about our code.
        onwarn(warning, warn) {
          if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
        },
      },
    },
  },
  security: {
    // A Content Security Policy as a <meta> tag on every page, with hashes for the few
    // inline scripts Astro writes (island loader), so no 'unsafe-inline' for scripts.
    // Pagefind runs WebAssembly ('wasm-unsafe-eval'). Styles: only our own files and hashed
    // <style> blocks; no style attributes (the browser tests fail on any CSP violation).
    // Headers a <meta> cannot carry are in public/_headers (see README).
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "worker-src 'self' blob:",
        "frame-src 'none'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  prefetch: false,
  devToolbar: { enabled: false },
});
