/**
 * content/redirects.yaml, read and validated once per build. Page redirects become pages
 * (src/pages/[...path].astro); section redirects travel with the page they belong to
 * (src/layouts/Base.astro → src/scripts/enhance.ts).
 */
import { readFileSync, existsSync } from 'node:fs';
import yaml from 'js-yaml';
import type { Redirect } from '../lib/url-manifest';
import { splitUrl } from '../lib/url-manifest';
import { redirectsFileSchema } from '../schemas/redirect';
import { ContentError, describeIssues } from '../schemas/report';
import { CONTENT_DIR } from '../content-dir';
import { localeOfPath, type Locale } from '../lib/urls';

const contentDir = CONTENT_DIR;
let cached: Redirect[] | undefined;

function getRedirects(): Redirect[] {
  if (cached) return cached;
  const file = `${contentDir}/redirects.yaml`;
  if (!existsSync(file)) return (cached = []);
  let raw: unknown;
  try {
    raw = yaml.load(readFileSync(file, 'utf8')) ?? [];
  } catch (error) {
    throw new ContentError(`${file}: cannot be read as YAML: ${error instanceof Error ? error.message : String(error)}`);
  }
  const result = redirectsFileSchema.safeParse(raw);
  if (!result.success) throw new ContentError(describeIssues(file, result.error.issues, 'redirect'));
  return (cached = result.data);
}

/** Old pages that moved, in one language (by the old address): each gets a page at its old address. */
export function pageRedirects(locale: Locale): Redirect[] {
  return getRedirects().filter((redirect) => !splitUrl(redirect.from).anchor && localeOfPath(redirect.from) === locale);
}

/** Old section anchors of a page → their new address (page and section). */
export function anchorRedirectsFor(path: string): Record<string, string> {
  return Object.fromEntries(
    getRedirects()
      .map((redirect) => ({ ...splitUrl(redirect.from), to: redirect.to }))
      .filter((redirect) => redirect.path === path && redirect.anchor)
      .map((redirect) => [redirect.anchor!, redirect.to]),
  );
}
