/**
 * Link-preview images: one per chapter and play (/og/<part>/<slug>.png) and one for
 * everything else (/og/site.png). See src/data/og-image.ts.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { drawInBackground, ogImage, type OgImageText } from '../../data/og-image';
import { getPlaybook } from '../../data/playbook';
import { strings } from '../../i18n';

export const getStaticPaths = (async () => {
  const t = strings();
  const playbook = await getPlaybook();
  const siteName = t.siteName;
  const paths: { params: { path: string }; props: OgImageText }[] = [
    {
      params: { path: 'site' },
      props: { eyebrow: t.siteTagline.split(':')[0]!, title: siteName, description: t.siteTagline.split(':').slice(1).join(':').trim(), siteName },
    },
    ...playbook.chapters.map((chapter) => ({
      params: { path: chapter.path.replace(/^\/|\/$/g, '') },
      props: { eyebrow: playbook.partById.get(chapter.partId)!.title, title: chapter.title, description: chapter.description, siteName },
    })),
  ];
  // A build asks for every path before it renders any page: draw the images meanwhile.
  if (import.meta.env.PROD) void drawInBackground(paths.map((path) => path.props));
  return paths;
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const png = await ogImage(props as OgImageText);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
