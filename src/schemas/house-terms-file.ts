import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { describeHit, findBannedTerms, proseOf, stringsOf } from '../lib/house-terms';
import { houseTermsFileSchema, type HouseTerm } from './house-terms';
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
export function readHouseTerms(path: string): HouseTerm[] {
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

/** The edition a file belongs to: content/en/ and the `en` strings are English, the rest Dutch. */
function editionOf(file: string, contentDir: string): 'nl' | 'en' {
  if (file.startsWith(join(contentDir, 'en') + '/')) return 'en';
  return /(^|\/)i18n\/en\/|\/strings\/en\.ts$/.test(file) ? 'en' : 'nl';
}

const skips = (rule: HouseTerm, file: string) =>
  (rule.skip ?? []).some((path) => (path.endsWith('/') ? file.startsWith(path) : file === path));

/**
 * Checks the content folder and the interface strings against the house terms and throws
 * one error listing every hit: file:line:column, the banned variant and the preferred term.
 * Interface strings: src/i18n/{nl,en}/ and each tool's src/tools/<id>/strings/{nl,en}.ts.
 * A rule reads the edition its `language` names: Dutch (content/ outside en/, the nl
 * strings), English (content/en/, the en strings) or both.
 */
export function checkHouseTerms(contentDir: string, interfaceRoots: readonly string[]): void {
  const listPath = join(contentDir, 'house-terms.yaml');
  const rules = readHouseTerms(listPath);
  if (rules.length === 0) return;
  const byEdition = {
    nl: rules.filter((rule) => rule.language !== 'en'),
    en: rules.filter((rule) => rule.language !== 'nl'),
  };
  const problems: string[] = [];
  for (const root of [contentDir, ...interfaceRoots]) {
    for (const file of textFiles(root)) {
      // Interface strings only: the dictionaries and each tool's strings, not code or tests.
      if (file.endsWith('.ts') && root !== contentDir && !/(^|\/)i18n\/(nl|en)\/|\/strings\/(nl|en)\.ts$/.test(file)) continue;
      const fileRules = byEdition[editionOf(file, contentDir)].filter((rule) => !skips(rule, file));
      if (fileRules.length === 0) continue;
      const source = readFileSync(file, 'utf8');
      const text = file.endsWith('.ts') ? stringsOf(source) : proseOf(source, /\.ya?ml$/.test(file) ? 'yaml' : 'mdx');
      for (const hit of findBannedTerms(text, fileRules)) problems.push(describeHit(file, hit));
    }
  }
  if (problems.length > 0) {
    throw new ContentError(`Words that ${listPath} spells differently:\n${problems.join('\n')}`);
  }
}
