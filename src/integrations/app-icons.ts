/**
 * The installable app's identity: icons drawn from the favicon at the sizes installers ask
 * for (192 and 512 px, and a maskable 512 px whose mark stays inside the safe circle), and
 * theme colours read from the design tokens, so the manifest never drifts from the site.
 */
import { Resvg } from '@resvg/resvg-js';
import favicon from '../../public/favicon.svg?raw';
import tokens from '../styles/tokens.css?raw';

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

/** A token's value in the light theme (the first definition in tokens.css). */
export function designToken(name: string): string {
  const value = new RegExp(`--${name}:\\s*([^;]+);`).exec(tokens)?.[1]?.trim();
  if (!value) throw new Error(`src/styles/tokens.css: no --${name}`);
  return value;
}

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

export function renderAppIcon(icon: AppIcon): Buffer {
  const svg = icon.purpose === 'maskable' ? maskable(favicon) : favicon;
  return new Resvg(svg, { fitTo: { mode: 'width', value: icon.size }, font: { loadSystemFonts: false } }).render().asPng();
}
