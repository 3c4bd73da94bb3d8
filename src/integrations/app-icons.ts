/**
 * The installable app's icons, at the sizes installers ask for (192 and 512 px, and a
 * maskable 512 px whose mark stays inside the safe circle): drawn from the favicon, or from
 * the organisation's logo (content/organisation.yaml) on a white square. The manifest's
 * colours come from the design tokens as the theme resolves them (themeColour).
 */
import { Resvg } from '@resvg/resvg-js';
import favicon from '../../public/favicon.svg?raw';
import { organisation } from '../data/organisation';

export interface AppIcon {
  name: string;
  size: number;
  purpose: 'any' | 'maskable';
}

export const APP_ICONS: AppIcon[] = [
  { name: 'icon-192', size: 192, purpose: 'any' },
  { name: 'icon-512', size: 512, purpose: 'any' },
  { name: 'maskable-512', size: 512, purpose: 'maskable' },
];


/**
 * Maskable: the platform cuts the icon to its own shape, keeping at least the centre circle
 * of 80 %. So the background fills the square, and the favicon's mark is drawn at 60 %.
 */
function maskable(svg: string): string {
  const mark = /<path[^>]*\/>/.exec(svg)?.[0];
  const fill = /<rect[^>]*fill="([^"]+)"/.exec(svg)?.[1];
  if (!mark || !fill) throw new Error('public/favicon.svg: expected one <rect> background and one <path> mark');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" fill="${fill}"/><g transform="translate(6.4 6.4) scale(0.6)">${mark}</g></svg>`;
}

/** A logo of any proportions, centred on a white square with a margin (a wider one when maskable). */
function onSquare(logo: string, purpose: AppIcon['purpose']): string {
  const data = `data:image/svg+xml;base64,${Buffer.from(logo).toString('base64')}`;
  const [offset, size] = purpose === 'maskable' ? [20, 60] : [8, 84];
  return `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 100 100"><rect width="100" height="100" fill="#ffffff"/><image x="${offset}" y="${offset}" width="${size}" height="${size}" preserveAspectRatio="xMidYMid meet" xlink:href="${data}"/></svg>`;
}

export function renderAppIcon(icon: AppIcon): Buffer {
  const logo = organisation()?.logo;
  const svg = logo ? onSquare(logo, icon.purpose) : icon.purpose === 'maskable' ? maskable(favicon) : favicon;
  return new Resvg(svg, { fitTo: { mode: 'width', value: icon.size }, font: { loadSystemFonts: false } }).render().asPng();
}
