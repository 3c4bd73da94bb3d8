/** The organisation's logo (content/organisation.yaml) at LOGO_PATH; no file without one. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { organisation } from '../data/organisation';
import { LOGO_PATH } from '../lib/urls';

export const getStaticPaths = (() => {
  const svg = organisation()?.logo;
  return svg ? [{ params: { logo: LOGO_PATH.slice(1, -'.svg'.length) }, props: { svg } }] : [];
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ svg: string }> = ({ props }) => new Response(props.svg, { headers: { 'Content-Type': 'image/svg+xml' } });
