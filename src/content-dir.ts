/**
 * Where the editable content lives: `content/`, or CONTENT_DIR (the tests and the benchmark
 * build fixture sites from other folders). Resolved here once; the content config and
 * src/data/ read it from here.
 */
export const CONTENT_DIR = (process.env.CONTENT_DIR ?? 'content').replace(/\/+$/, '');

/**
 * The organisation file (optional, see src/schemas/organisation.ts): `<content>/organisation.yaml`,
 * or ORGANISATION_FILE (the tests build themed fixture sites with their own).
 */
export const ORGANISATION_FILE = process.env.ORGANISATION_FILE ?? `${CONTENT_DIR}/organisation.yaml`;
