/**
 * The English edition under /en/: the Dutch templates serve it too (src/lib/localized-routes.ts),
 * when the content has one (content/en/) and the organisation file publishes it. Fixture sites
 * and the benchmark corpus are Dutch only.
 */
import type { AstroIntegration } from 'astro';
import { englishEditionPublished } from '../data/organisation';
import { englishRoutes } from '../lib/localized-routes';

export function englishEdition(): AstroIntegration {
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
