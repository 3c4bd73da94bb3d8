/**
 * A QR code (SVG) for every page a trainer may hand out: /qr/<path>.svg, generated at build
 * time. The trainers page shows and offers them for download.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getAssessments } from '../../data/assessments';
import { getPlaybook } from '../../data/playbook';
import { getTools } from '../../data/tools';
import { strings } from '../../i18n';
import { qrSvg } from '../../lib/qr';
import { assessmentPath, completePath, homePath, qrPath } from '../../lib/urls';
import { absoluteUrl } from '../../site';

export const getStaticPaths = (async () => {
  const playbook = await getPlaybook();
  const targets = [
    { path: homePath(), title: strings().siteName },
    { path: completePath(), title: strings().complete.title },
    ...playbook.parts.map((part) => ({ path: part.path, title: part.title })),
    ...playbook.chapters.map((chapter) => ({ path: chapter.path, title: chapter.title })),
    ...(await getAssessments()).map((assessment) => ({ path: assessmentPath(assessment.id), title: assessment.data.title })),
    ...(await getTools()).map((tool) => ({ path: tool.path, title: tool.title })),
  ];
  return targets.map((target) => ({ params: { path: qrPath(target.path).replace(/^\/qr\/|\.svg$/g, '') }, props: target }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const { path, title } = props as { path: string; title: string };
  const svg = await qrSvg(absoluteUrl(path, site), strings().print.qrLabel(title));
  // A fixed size makes the downloaded file open at a usable size in any viewer.
  return new Response(`<?xml version="1.0" encoding="UTF-8"?>\n${svg.replace('<svg ', '<svg width="300" height="300" ')}`, {
    headers: { 'Content-Type': 'image/svg+xml' },
  });
};
