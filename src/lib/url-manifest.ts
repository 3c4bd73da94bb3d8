/**
 * Published URLs never break. content/published-urls.json lists every page and every
 * section anchor (h2/h3 id) the site has published. A later build must still have each of
 * them, or declare where it went in content/redirects.yaml.
 */

/** Site path → the section anchors on that page. */
export type UrlManifest = Record<string, string[]>;

export interface Redirect {
  /** An old address: a page ("/rol/oud/") or a section ("/rol/pagina/#oude-kop"). */
  from: string;
  /** Where it lives now: a page, optionally with a section. */
  to: string;
}

export interface BuiltSite {
  /** Real pages (not redirect pages) with their section anchors. */
  pages: ReadonlyMap<string, ReadonlySet<string>>;
}

export function splitUrl(url: string): { path: string; anchor?: string } {
  const [path, anchor] = url.split('#') as [string, string | undefined];
  return anchor ? { path, anchor } : { path };
}

/** Where an old page or section leads now, following declared redirects (at most a few hops). */
export function resolve(url: string, redirects: readonly Redirect[], hops = 5): string {
  let current = url;
  for (let hop = 0; hop < hops; hop++) {
    const exact = redirects.find((redirect) => redirect.from === current);
    if (exact) {
      current = exact.to;
      continue;
    }
    const { path, anchor } = splitUrl(current);
    const pageRedirect = redirects.find((redirect) => redirect.from === path && !splitUrl(redirect.to).anchor);
    if (anchor && pageRedirect) {
      current = `${pageRedirect.to}#${anchor}`;
      continue;
    }
    break;
  }
  return current;
}

function exists(url: string, site: BuiltSite): boolean {
  const { path, anchor } = splitUrl(url);
  const anchors = site.pages.get(path);
  return anchors !== undefined && (anchor === undefined || anchors.has(anchor));
}

/** Every published URL or anchor that no longer resolves, with what to do about it. */
export function manifestProblems(manifest: UrlManifest, site: BuiltSite, redirects: readonly Redirect[]): string[] {
  const problems: string[] = [];
  for (const [path, anchors] of Object.entries(manifest)) {
    if (!exists(resolve(path, redirects), site)) {
      problems.push(`${path} was published but no longer exists: add a redirect for it to content/redirects.yaml`);
      continue;
    }
    for (const anchor of anchors) {
      const url = `${path}#${anchor}`;
      if (!exists(resolve(url, redirects), site)) {
        problems.push(`${url} was published but that section is gone: add a redirect for it to content/redirects.yaml`);
      }
    }
  }
  return problems;
}

/** Redirects that point nowhere, or that cover an address which still exists. */
export function redirectProblems(redirects: readonly Redirect[], site: BuiltSite): string[] {
  const problems: string[] = [];
  for (const redirect of redirects) {
    if (!exists(resolve(redirect.to, redirects), site)) problems.push(`content/redirects.yaml: "${redirect.from}" leads to ${redirect.to}, which does not exist`);
    if (exists(redirect.from, site)) problems.push(`content/redirects.yaml: "${redirect.from}" still exists; remove the redirect or the page`);
  }
  return problems;
}

/**
 * The manifest after this build: every page and anchor that exists now, plus every older
 * entry that a redirect keeps alive. Nothing published is ever dropped.
 */
export function updatedManifest(previous: UrlManifest, site: BuiltSite, redirects: readonly Redirect[]): UrlManifest {
  const next: Record<string, Set<string>> = {};
  for (const [path, anchors] of site.pages) next[path] = new Set(anchors);
  // Old and short addresses that redirect are published URLs too.
  for (const redirect of redirects) {
    const { path, anchor } = splitUrl(redirect.from);
    const kept = (next[path] ??= new Set());
    if (anchor) kept.add(anchor);
  }
  for (const [path, anchors] of Object.entries(previous)) {
    const kept = (next[path] ??= new Set());
    for (const anchor of anchors) kept.add(anchor);
  }
  return Object.fromEntries(
    Object.entries(next)
      .filter(([path]) => site.pages.has(path) || exists(resolve(path, redirects), site))
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([path, anchors]) => [path, [...anchors].sort()]),
  );
}
