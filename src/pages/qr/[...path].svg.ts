/**
 * A QR code (SVG) for every page a trainer may hand out: /qr/<path>.svg, generated at build
 * time. The trainers page shows and offers them for download.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getAssessments } from '../../data/assessments';
import { getPlaybook } from '../../data/playbook';
import { getTools } from '../../data/tools';
import { strings } from '../../i18n';
import { siteName } from '../../data/organisation';
import { encodeInBackground, qrSvg } from '../../integrations/qr-codes';
import { assessmentPath, completePath, homePath, localeOfPath, qrPath, type Locale, assessmentSlug } from '../../lib/urls';
import { LOCALES } from '../../data/locale';
import { absoluteUrl } from '../../site';

/** The pages of one language a trainer may hand out. */
async function targetsOf(locale: Locale) {
  const playbook = await getPlaybook(locale);
  const t = strings(locale);
  return [
    { path: homePath(locale), title: siteName(locale) },
    { path: completePath(locale), title: t.complete.title },
    ...playbook.parts.map((part) => ({ path: part.path, title: part.title })),
    ...playbook.chapters.map((chapter) => ({ path: chapter.path, title: chapter.title })),
    ...(await getAssessments(locale)).map((assessment) => ({ path: assessmentPath(assessmentSlug(assessment.data), locale), title: assessment.data.title })),
    ...(await getTools(locale)).map((tool) => ({ path: tool.path, title: tool.title })),
  ];
}

export const getStaticPaths = (async () => {
  const targets = (await Promise.all(LOCALES.map(targetsOf))).flat();
  // A build asks for every path before it renders any page: encode the codes meanwhile (the
  // printed header of each page shows the same code). Without Astro.site the URLs differ.
  if (import.meta.env.PROD && import.meta.env.SITE) void encodeInBackground(targets.map((target) => absoluteUrl(target.path, new URL(import.meta.env.SITE))));
  return targets.map((target) => ({ params: { path: qrPath(target.path).replace(/^\/qr\/|\.svg$/g, '') }, props: target }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const { path, title } = props as { path: string; title: string };
  const svg = await qrSvg(absoluteUrl(path, site), strings(localeOfPath(path)).print.qrLabel(title));
  // A fixed size makes the downloaded file open at a usable size in any viewer.
  return new Response(`<?xml version="1.0" encoding="UTF-8"?>\n${svg.replace('<svg ', '<svg width="300" height="300" ')}`, {
    headers: { 'Content-Type': 'image/svg+xml' },
  });
};
