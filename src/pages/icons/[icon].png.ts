/** The app icons of the web app manifest (src/integrations/app-icons.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { APP_ICONS, renderAppIcon, type AppIcon } from '../../integrations/app-icons';

export const getStaticPaths = (() => APP_ICONS.map((icon) => ({ params: { icon: icon.name }, props: { icon } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ icon: AppIcon }> = ({ props }) =>
  new Response(new Uint8Array(renderAppIcon(props.icon)), { headers: { 'Content-Type': 'image/png' } });
