/**
 * Where the site is hosted, from the environment, for astro.config.mjs.
 */
import { normaliseBase } from '../lib/base-path';
import { chooseSiteUrl, localSiteUrl } from '../lib/site-url';

/**
 * Organisations put the playbook on an intranet, often under a sub-path:
 * `BASE_PATH=/playbook/ npm run build`. Every internal link goes through `src/lib/urls.ts`,
 * so nothing else needs to change.
 */
export const base = normaliseBase(process.env.BASE_PATH);

// scripts/build.mjs refuses a production build without a real SITE_URL (see
// src/lib/site-url.ts); `astro dev` and `astro sync` fall back to the local address.
const siteChoice = chooseSiteUrl(process.env);
export const site = siteChoice.ok ? siteChoice.url : process.env.SITE_URL || localSiteUrl(process.env.PORT);
