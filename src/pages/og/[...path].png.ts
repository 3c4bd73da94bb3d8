/**
 * Link-preview images: one per chapter and play (/og/<part>/<slug>.png) and one for
 * everything else (/og/site.png). See src/integrations/link-previews/.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { ogImage } from '../../integrations/link-previews/cache';
import { linkPreviewTexts, type OgImageText } from '../../integrations/link-previews/rasterise';
import { drawInBackground } from '../../integrations/link-previews/worker-pool';
import { getPlaybook } from '../../data/playbook';
import { strings } from '../../i18n';
import { englishEditionPublished, linkPreviewColours, siteName } from '../../data/organisation';
import { LOCALES } from '../../data/locale';
import { pathParam, siteOgImagePath, type Locale } from '../../lib/urls';

export const getStaticPaths = (async () => {
  // Only the editions the site publishes: a Dutch-only playbook has no English pages to preview.
  const published = LOCALES.filter((locale) => locale === 'nl' || englishEditionPublished());
  const paths = (await Promise.all(published.map(previewsOf))).flat().map(({ path, text }) => ({ params: { path }, props: text }));
  // Drawn meanwhile in the background (most of them since the build started: see
  // linkPreviewsEarly in src/integrations/link-previews/early.ts); what is not ready is drawn here.
  if (import.meta.env.PROD) void drawInBackground(paths.map((path) => path.props));
  return paths;
}) satisfies GetStaticPaths;

/** One language's previews: its chapters', and its site-wide image (ogImagePath of its home page). */
async function previewsOf(locale: Locale) {
  const playbook = await getPlaybook(locale);
  return linkPreviewTexts(
    { ...strings(locale), siteName: siteName(locale), colours: linkPreviewColours() },
    playbook.chapters.map((chapter) => ({
      path: pathParam(chapter.path),
      partTitle: playbook.partById.get(chapter.partId)!.title,
      title: chapter.title,
      description: chapter.description,
    })),
    pathParam(siteOgImagePath(locale)).replace(/^og\/|\.png$/g, ''),
  );
}

export const GET: APIRoute = async ({ props }) => {
  const png = await ogImage(props as OgImageText);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
