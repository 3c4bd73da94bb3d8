/**
 * Turns a configured base path into the form Astro and our URL helpers expect:
 * a leading and a trailing slash, no doubled slashes. `undefined` or '' means the root.
 *
 * normaliseBase('playbook') === '/playbook/'
 */
export function normaliseBase(raw: string | undefined): string {
  const trimmed = (raw ?? '').trim().replace(/^\/+|\/+$/g, '');
  if (trimmed === '') return '/';
  if (!/^[a-z0-9._~\-/]+$/i.test(trimmed) || trimmed.includes('//')) {
    throw new Error(
      `BASE_PATH "${raw}" is not a usable URL path: use letters, digits, "-", "_", "." and "/" (for example /playbook/).`,
    );
  }
  return `/${trimmed}/`;
}

/**
 * A request's pathname as a site path, without the base path (a normalised base, as
 * `normaliseBase` gives it): `/playbook/rol/` under `/playbook/` → `/rol/`.
 */
export function withoutBase(pathname: string, base: string): string {
  return pathname.startsWith(base) ? `/${pathname.slice(base.length)}` : pathname;
}
