/**
 * The organisation's playbook (content/organisation.yaml): checked as the build starts, so a
 * bad theme or logo stops `astro sync` and `astro build` before any page is made; and the
 * theme's stylesheet bundled into the site's own CSS as `virtual:playbook-theme.css`
 * (imported by src/layouts/Base.astro after the tokens), so nothing is fetched from elsewhere.
 */
import type { AstroIntegration } from 'astro';
import { bundledThemeCss, organisation } from '../data/organisation';

const MODULE = 'virtual:playbook-theme.css';
const RESOLVED = `\0${MODULE}`;

export function organisationTheme(): AstroIntegration {
  return {
    name: 'adviesplaybook:organisation',
    hooks: {
      'astro:config:setup': ({ updateConfig, logger }) => {
        const found = organisation();
        if (found) logger.info(`${found.data.siteName.nl}${found.theme ? `, theme .${found.theme.className}` : ''}`);
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'playbook-theme',
                resolveId: (id: string) => (id === MODULE ? RESOLVED : undefined),
                load: (id: string) => (id === RESOLVED ? bundledThemeCss() : undefined),
              },
            ],
          },
        });
      },
    },
  };
}
