/**
 * The web app manifest: the playbook can be installed on a phone or a desktop, and opens at
 * the home page of its own base path. Works offline through the service worker
 * (src/tools/offline/service-worker.ts).
 */
import type { APIRoute } from 'astro';
import { APP_ICONS } from '../integrations/app-icons';
import { appShortName, defaultLocale, siteName, themeColour } from '../data/organisation';
import { strings } from '../i18n';
import { homePath } from '../lib/urls';
import { href } from '../site';

/** In the organisation's default language (content/organisation.yaml), Dutch without one. */
export const GET: APIRoute = () => {
  const locale = defaultLocale();
  const t = strings(locale);
  const manifest = {
    name: siteName(locale),
    short_name: appShortName(locale),
    description: t.siteTagline,
    lang: t.lang,
    dir: 'ltr',
    start_url: href(homePath(locale)),
    scope: href('/'),
    id: href('/'),
    display: 'standalone',
    background_color: themeColour('background'),
    theme_color: themeColour('header-background'),
    icons: APP_ICONS.map((icon) => ({ src: href(`/icons/${icon.name}.png`), sizes: `${icon.size}x${icon.size}`, type: 'image/png', purpose: icon.purpose })),
  };
  return new Response(JSON.stringify(manifest, null, 2), { headers: { 'Content-Type': 'application/manifest+json' } });
};
