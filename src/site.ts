/**
 * Site-wide values bound to this build's configuration. Everything that renders a link
 * uses `href()`, so the site works under any base path (an intranet sub-path).
 */
import { withBase } from './lib/urls';
// Path functions called without a locale use the page's language (src/page-locale.ts).
import './page-locale';

export const BASE_PATH: string = import.meta.env.BASE_URL;

/** A site path ("/rol/") as a link in this build ("/playbook/rol/"). */
export function href(path: string): string {
  return withBase(BASE_PATH, path);
}

/** The absolute URL of a site path, for canonical links and link previews. */
export function absoluteUrl(path: string, site: URL | undefined): string {
  return new URL(href(path), site ?? 'http://localhost/').toString();
}
