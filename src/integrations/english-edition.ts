/**
 * The English edition under /en/: the Dutch templates serve it too (src/lib/localized-routes.ts),
 * when the content has one (content/en/). Fixture sites and the benchmark corpus are Dutch only.
 */
import { existsSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import { CONTENT_DIR } from '../content-dir';
import { englishRoutes } from '../lib/localized-routes';

export function englishEdition(): AstroIntegration {
  return {
    name: 'adviesplaybook:english-edition',
    hooks: {
      'astro:config:setup': ({ injectRoute }) => {
        if (!existsSync(`${CONTENT_DIR}/en`)) return;
        for (const route of englishRoutes()) injectRoute({ ...route, prerender: true });
      },
    },
  };
}
