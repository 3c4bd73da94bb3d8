/**
 * Which site paths exist and which heading ids each page has, so content that links by
 * path (assessment next steps, traceability) can be checked while the site builds.
 */
export type LinkTargets = ReadonlyMap<string, ReadonlySet<string>>;

/** Why a link such as "/rol/vier-eigenschappen/#luisteren" does not resolve, or undefined when it does. */
export function linkProblem(link: string, targets: LinkTargets): string | undefined {
  const [path, heading] = link.split('#') as [string, string | undefined];
  const headings = targets.get(path);
  if (!headings) return `no page at ${path}`;
  if (heading !== undefined && !headings.has(heading)) {
    const known = [...headings];
    return `page ${path} has no heading with id "${heading}"${known.length ? `; its headings are ${known.map((id) => `"${id}"`).join(', ')}` : ''}`;
  }
  return undefined;
}
