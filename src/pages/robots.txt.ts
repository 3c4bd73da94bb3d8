/** robots.txt: everything may be indexed; the sitemap says what there is. */
import type { APIRoute } from 'astro';
import { absoluteUrl } from '../site';

export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl('/sitemap.xml', site)}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
