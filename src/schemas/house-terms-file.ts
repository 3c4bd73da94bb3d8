import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { describeHit, findBannedTerms, proseOf, stringsOf, type HouseTermRule } from '../lib/house-terms';
import { houseTermsFileSchema } from './house-terms';
import { ContentError, describeIssues } from './report';

/** Files whose words are addresses, not text: they keep what was published. */
const ADDRESS_FILES = new Set(['published-urls.json', 'redirects.yaml', 'house-terms.yaml', 'planned-links.yaml']);

function* textFiles(path: string): Generator<string> {
  if (!existsSync(path)) return;
  if (statSync(path).isFile()) {
    yield path;
    return;
  }
  for (const name of readdirSync(path).sort()) {
    const child = join(path, name);
    if (statSync(child).isDirectory()) yield* textFiles(child);
    else if (/\.(mdx?|ya?ml|ts)$/.test(name) && !ADDRESS_FILES.has(name) && !/\.test\.ts$/.test(name)) yield child;
  }
}

/** Reads and validates the house-terms list; a missing file means no rules (fixture sites). */
export function readHouseTerms(path: string): HouseTermRule[] {
  if (!existsSync(path)) return [];
  let raw: unknown;
  try {
    raw = yaml.load(readFileSync(path, 'utf8'), { filename: path });
  } catch (error) {
    throw new ContentError(`${path}: cannot be read as YAML: ${error instanceof Error ? error.message : String(error)}`);
  }
  const result = houseTermsFileSchema.safeParse(raw);
  if (!result.success) throw new ContentError(describeIssues(path, result.error.issues, 'term'));
  return result.data;
}

/**
 * Checks the content folder and the interface strings against the house terms and throws
 * one error listing every hit: file:line:column, the banned variant and the preferred term.
 * Interface strings: src/i18n/nl/ and each tool's src/tools/<id>/strings/nl.ts.
 */
export function checkHouseTerms(contentDir: string, interfaceRoots: readonly string[]): void {
  const listPath = join(contentDir, 'house-terms.yaml');
  const rules = readHouseTerms(listPath);
  if (rules.length === 0) return;
  const problems: string[] = [];
  for (const root of [contentDir, ...interfaceRoots]) {
    for (const file of textFiles(root)) {
      // Interface strings only: the Dutch dictionary and each tool's strings/nl.ts, not code or tests.
      if (file.endsWith('.ts') && root !== contentDir && !/(^|\/)i18n\/nl\/|\/strings\/nl\.ts$/.test(file)) continue;
      // Dutch spellings: the English edition (content/en/) has its own words.
      if (root === contentDir && file.startsWith(join(contentDir, 'en') + '/')) continue;
      const source = readFileSync(file, 'utf8');
      const text = file.endsWith('.ts') ? stringsOf(source) : proseOf(source);
      for (const hit of findBannedTerms(text, rules)) problems.push(describeHit(file, hit));
    }
  }
  if (problems.length > 0) {
    throw new ContentError(`Words that ${listPath} spells differently:\n${problems.join('\n')}`);
  }
}
