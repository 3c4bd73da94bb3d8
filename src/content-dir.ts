/**
 * Where the editable content lives: `content/`, or CONTENT_DIR (the tests and the benchmark
 * build fixture sites from other folders). Resolved here once; the content config and
 * src/data/ read it from here.
 */
export const CONTENT_DIR = (process.env.CONTENT_DIR ?? 'content').replace(/\/+$/, '');

/** A path inside the content folder: contentPath('redirects.yaml'). */
export function contentPath(name: string): string {
  return `${CONTENT_DIR}/${name}`;
}
