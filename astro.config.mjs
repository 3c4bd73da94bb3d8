// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import { normaliseBase } from './src/lib/base-path.ts';

/**
 * Where the site is hosted. Organisations put the playbook on an intranet, often
 * under a sub-path: `BASE_PATH=/playbook/ npm run build`. Every internal link goes
 * through `src/lib/urls.ts`, so nothing else needs to change.
 */
const base = normaliseBase(process.env.BASE_PATH);
const site = process.env.SITE_URL ?? 'https://adviesplaybook.example';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  outDir: process.env.OUT_DIR ?? './dist',
  // Separate caches let several builds (tests, benchmark, a base-path build) run side by side.
  cacheDir: process.env.CACHE_DIR ?? './node_modules/.astro',
  build: { format: 'directory' },
  i18n: {
    // Dutch lives at the root; an English edition will live under /en/.
    defaultLocale: 'nl',
    locales: ['nl', 'en'],
    routing: { prefixDefaultLocale: false },
  },
  integrations: [mdx(), react()],
  vite: {
    build: {
      rollupOptions: {
        // Every MDX module carries Astro's own "use astro:head-inject" directive, and the
        // bundler warns about each of them; the warning says nothing about our code.
        onwarn(warning, warn) {
          if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
        },
      },
    },
  },
  prefetch: false,
  devToolbar: { enabled: false },
});
