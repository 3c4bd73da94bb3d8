/**
 * Logic speaks in kinds: no Dutch sentence in a logic module. The sentences a user reads
 * live in the strings files (src/i18n/ for the site, src/tools/<id>/strings/ for a tool), so a
 * second language is a second strings file, not a search through the logic.
 *
 * Logic modules: the same set as the import rules in .dependency-cruiser.cjs, defined once
 * in scripts/lib/logic-modules.cjs — src/lib/**, src/slides/slides.ts and src/tools/<id>/**\/*.ts, apart from
 * strings/, views, unit tests, declaration files and the shared widget kit.
 *
 * The heuristic, on the TypeScript syntax tree (so comments, regular expressions and
 * import/export specifiers never count): a string literal or template literal is a Dutch
 * sentence when it has at least three words (a `${…}` placeholder counts as a word), a
 * space, and at least one word from DUTCH_FUNCTION_WORDS. Those are short words that carry
 * no meaning of their own and occur in almost every Dutch sentence; words that are also
 * English ("is", "in", "of", "op", "die", "al", "aan", "we", "door", "mag") are left out, so
 * the English build errors for editors (src/lib/playbook.ts, base-path.ts) do not trip it;
 * a Dutch sentence without any of the remaining words is rare. Identifiers, CSS classes, keys and codes have no spaces or none
 * of these words.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { isLogicModule } from '../../scripts/lib/logic-modules.cjs';
import { DUTCH_FUNCTION_WORDS } from '../support/dutch-words';


/**
 * Logic files allowed to contain Dutch sentences: none (the interventions, team-day parts
 * and purpose-check rules are content, the error messages are in the strings files). The list stays so a temporary exception is explicit: each entry must
 * still have a violation (the last test says when one can go), and no other file may get one.
 */
const KNOWN_VIOLATIONS: readonly string[] = [];

interface Finding {
  line: number;
  text: string;
}

/** The Dutch sentence literals in a TypeScript source text. */
function dutchSentences(source: string, fileName = 'module.ts'): Finding[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
  const findings: Finding[] = [];
  const report = (node: ts.Node, words: string[], text: string) => {
    if (words.length >= 3 && /\s/.test(text) && words.some((word) => DUTCH_FUNCTION_WORDS.has(word.toLowerCase()))) {
      findings.push({ line: file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1, text });
    }
  };
  const wordsOf = (text: string) => text.match(/[\p{L}\p{N}'’-]+/gu) ?? [];
  const visit = (node: ts.Node) => {
    // Module specifiers are paths, not sentences.
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier) return;
    if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) return;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      report(node, wordsOf(node.text), node.text);
    } else if (ts.isTemplateExpression(node)) {
      const parts = [node.head.text, ...node.templateSpans.map((span) => span.literal.text)];
      const text = parts.join('${…}');
      report(node, [...parts.flatMap(wordsOf), ...node.templateSpans.map(() => '${…}')], text);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return findings;
}

function filesUnder(dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true, recursive: true });
  } catch {
    return []; // a folder that does not exist holds no logic
  }
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name).replaceAll('\\', '/'));
}

const logicModules = [...filesUnder('src/lib'), ...filesUnder('src/slides'), ...filesUnder('src/tools')].filter(isLogicModule).sort();
const findingsByFile = new Map(logicModules.map((path) => [path, dutchSentences(readFileSync(path, 'utf8'), path)]));
const describeFindings = (path: string) =>
  (findingsByFile.get(path) ?? []).map((finding) => `  ${path}:${finding.line}  ${JSON.stringify(finding.text)}`).join('\n');

describe('the Dutch-sentence heuristic', () => {
  it('finds a Dutch sentence in a string and in a template literal', () => {
    const found = dutchSentences(
      "const a = 'Je hebt nog geen antwoord gekozen.';\nconst b = `Vraag ${n} van ${total}`;\nconst c = 'Opslaan lukt niet';",
    );
    expect(found.map((finding) => finding.line)).toEqual([1, 2, 3]);
  });

  it('ignores comments, regular expressions, import paths, keys and English messages', () => {
    const found = dutchSentences(
      [
        "import { x } from './de map van een tool';",
        '// Je ziet hier een zin van de adviseur.',
        '/* Dit is een opmerking voor de lezer. */',
        "const pattern = /je bent niet de eerste van een/;",
        "const kind = 'text-too-long';",
        "const classes = 'button button--secondary';",
        "throw new Error('unknown dimension in the assessment file');",
        "const lazy = import('./een map van de tool');",
      ].join('\n'),
    );
    expect(found).toEqual([]);
  });
});

describe('logic modules', () => {
  it('are found (src/lib at least)', () => {
    expect(logicModules.length).toBeGreaterThan(10);
  });

  it('contain no Dutch sentence, apart from the files on the issue-11 list', () => {
    const offenders = logicModules.filter((path) => !KNOWN_VIOLATIONS.includes(path) && findingsByFile.get(path)!.length > 0);
    expect(
      offenders,
      `Dutch sentences in logic; move them to the tool's strings and return a kind:\n${offenders.map(describeFindings).join('\n')}`,
    ).toEqual([]);
  });

  it('on the issue-11 list still have a sentence (otherwise take them off the list)', () => {
    const clean = KNOWN_VIOLATIONS.filter((path) => (findingsByFile.get(path) ?? []).length === 0);
    expect(clean, 'These files are clean now (or moved): remove them from KNOWN_VIOLATIONS').toEqual([]);
  });
});
