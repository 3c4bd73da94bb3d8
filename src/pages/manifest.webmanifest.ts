/**
 * The web app manifest: the playbook can be installed on a phone or a desktop, and opens at
 * the home page of its own base path. Works offline through the service worker
 * (src/tools/offline/service-worker.ts).
 */
import type { APIRoute } from 'astro';
import { APP_ICONS, designToken } from '../integrations/app-icons';
import { strings } from '../i18n';
import { href } from '../site';

export const GET: APIRoute = () => {
  const t = strings();
  const manifest = {
    name: t.siteName,
    short_name: t.appShortName,
    description: t.siteTagline,
    lang: t.lang,
    dir: 'ltr',
    start_url: href('/'),
    scope: href('/'),
    id: href('/'),
    display: 'standalone',
    background_color: designToken('playbook-color-background'),
    theme_color: designToken('playbook-color-header-background'),
    icons: APP_ICONS.map((icon) => ({ src: href(`/icons/${icon.name}.png`), sizes: `${icon.size}x${icon.size}`, type: 'image/png', purpose: icon.purpose })),
  };
  return new Response(JSON.stringify(manifest, null, 2), { headers: { 'Content-Type': 'application/manifest+json' } });
};
