// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
// Everything the build does beyond Astro's own work lives in src/integrations/ (a dependency
// rule in .dependency-cruiser.cjs keeps this file to that folder).
import { base, site } from './src/integrations/site-address.ts';
import { englishEdition } from './src/integrations/english-edition.ts';
import { linkPreviewsEarly } from './src/integrations/link-previews/early.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { serviceWorker } from './src/integrations/service-worker.ts';
import { organisationTheme } from './src/integrations/organisation.ts';

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
    // Link previews start drawing in the background as the build starts.
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
