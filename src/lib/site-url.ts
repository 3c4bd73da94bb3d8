/**
 * The address the site is built for. Canonical links, link previews, the sitemap and the
 * printed QR codes on /trainers/ all use it, so a production build must not fall back to
 * a made-up one: without SITE_URL (or with the example domain) it stops and says what to
 * set. A local preview (npm start, npm test) says so with LOCAL_PREVIEW=1 and gets
 * the address it will be served at (localhost on PORT, 4321 by default) unless it sets
 * SITE_URL itself; the trainers' page then warns that its
 * QR codes point at an address nobody else can open.
 */
export const EXAMPLE_SITE_URL = 'https://adviesplaybook.example';
/** What `npm start` serves on (scripts/serve.mjs's default port). */
export const LOCAL_SITE_URL = 'http://localhost:4321';

/** The address a local preview is served at: scripts/serve.mjs's port, or PORT when set, as `npm start` serves it. */
export function localSiteUrl(port?: string): string {
  return port && /^\d+$/.test(port.trim()) ? `http://localhost:${port.trim()}` : LOCAL_SITE_URL;
}

export type SiteUrlChoice = { ok: true; url: string; preview: boolean } | { ok: false; problem: string };

const HOW_TO_SET =
  'Set SITE_URL to the address where the playbook will be hosted, for example ' +
  '"SITE_URL=https://playbook.your-organisation.nl npm run build". Canonical links, link previews, ' +
  `the sitemap and the QR codes on /trainers/ use it. For a local preview use "npm start", or ` +
  `LOCAL_PREVIEW=1 npm run build (the site is then built for ${LOCAL_SITE_URL}, or the PORT you set).`;

/** True for an address only this computer or nobody can open: localhost, loopback, reserved test domains. */
export function isPreviewSiteUrl(url: string): boolean {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return true;
  }
  return (
    host === 'localhost' ||
    host.endsWith('.localhost') ||
    /^127\./.test(host) ||
    host === '[::1]' ||
    host === '0.0.0.0' ||
    /\.(example|test|invalid|local)$/.test(host) ||
    host === 'example.com' ||
    host === 'example.org' ||
    host === 'example.net'
  );
}

export function chooseSiteUrl(env: { SITE_URL?: string; LOCAL_PREVIEW?: string; PORT?: string }): SiteUrlChoice {
  const given = env.SITE_URL?.trim() || undefined;
  const localPreview = env.LOCAL_PREVIEW === '1';
  if (!given && !localPreview) return { ok: false, problem: `SITE_URL is not set. ${HOW_TO_SET}` };
  const url = given ?? localSiteUrl(env.PORT);
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { ok: false, problem: `SITE_URL "${url}" is not a URL. ${HOW_TO_SET}` };
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    return { ok: false, problem: `SITE_URL "${url}" must start with https:// (or http://). ${HOW_TO_SET}` };
  }
  if (!localPreview && new URL(EXAMPLE_SITE_URL).hostname === parsed.hostname) {
    return { ok: false, problem: `SITE_URL is the example address ${EXAMPLE_SITE_URL}, which leads nowhere. ${HOW_TO_SET}` };
  }
  return { ok: true, url: parsed.origin, preview: isPreviewSiteUrl(parsed.href) };
}
