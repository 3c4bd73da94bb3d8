/**
 * Link-preview images: one per chapter and play (/og/<part>/<slug>.png) and one for
 * everything else (/og/site.png). See src/data/og-image.ts.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { ogImage } from '../../data/og-image';
import { getPlaybook } from '../../data/playbook';
import { strings } from '../../i18n';

export const getStaticPaths = (async () => {
  const t = strings();
  const playbook = await getPlaybook();
  return [
    {
      params: { path: 'site' },
      props: { eyebrow: t.siteTagline.split(':')[0]!, title: t.siteName, description: t.siteTagline.split(':').slice(1).join(':').trim() },
    },
    ...playbook.chapters.map((chapter) => ({
      params: { path: chapter.path.replace(/^\/|\/$/g, '') },
      props: { eyebrow: playbook.partById.get(chapter.partId)!.title, title: chapter.title, description: chapter.description },
    })),
  ];
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const png = await ogImage({ ...(props as { eyebrow: string; title: string; description: string }), siteName: strings().siteName });
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
