/**
 * The import-graph rules in .dependency-cruiser.cjs catch what they claim, and only that.
 * They run (with the real config) over a small throwaway project laid out like src/: a
 * tool folder with logic, strings, a view, a test and the shared kit, plus src/lib, and an
 * astro.config.mjs with its src/integrations/. The real src/ and config are checked by the "Dependency rules" stage of `npm test`.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const files: Record<string, string> = {
  'tsconfig.json': JSON.stringify({ compilerOptions: { module: 'esnext', moduleResolution: 'bundler', jsx: 'react-jsx', allowImportingTsExtensions: true } }),
  // Allowed: logic importing logic; a view importing everything; strings; tests; the shared kit.
  'src/lib/pure.ts': "import { helper } from './helper';\nexport const pure = helper;\n",
  'src/lib/helper.ts': 'export const helper = 1;\n',
  'src/tools/demo/demo.ts': "import { pure } from '../../lib/pure';\nexport const kind = pure ? 'ok' : 'empty';\n",
  'src/tools/demo/strings/nl.ts': "import { kind } from '../demo';\nexport const nl = { [kind]: 'Gelukt' };\n",
  'src/tools/demo/Demo.tsx': "import { useState } from 'react';\nimport { kind } from './demo';\nimport { nl } from './strings/nl';\nexport const Demo = () => { useState(0); return nl[kind]; };\n",
  'src/tools/demo/demo.test.ts': "import { nl } from './strings/nl';\nexport const seen = nl;\n",
  'src/tools/shared/useThing.ts': "import { useState } from 'react';\nexport const useThing = () => useState(0);\n",
  'src/i18n/nl.ts': "export const t = { hello: 'Hallo' };\n",
  'src/tools/search/search-ui.ts': "import { pure } from '../../lib/pure';\nexport const open = () => pure;\n",
  'src/schemas/demo.ts': "import { z } from 'astro/zod';\nexport const demoSchema = z.string();\nexport type Demo = z.infer<typeof demoSchema>;\n",
  'src/tools/demo/data-schema.ts': "import { z } from 'astro/zod';\nimport { kind } from './demo';\nexport const dataSchema = z.literal(kind);\n",
  'src/tools/demo/types-only.ts': "import type { Demo } from '../../schemas/demo';\nexport const label = (value: Demo) => value;\n",
  // Forbidden, one rule each.
  'src/lib/uses-react.ts': "import { useState } from 'react';\nexport const x = useState;\n",
  'src/lib/uses-astro.ts': "import { getCollection } from 'astro:content';\nexport const y = getCollection;\n",
  'src/lib/uses-i18n.ts': "import { t } from '../i18n/nl';\nexport const z = t;\n",
  'src/tools/demo/uses-strings.ts': "import { nl } from './strings/nl';\nexport const w = nl;\n",
  'src/tools/demo/uses-view.ts': "import { Demo } from './Demo.tsx';\nexport const v = Demo;\n",
  'src/tools/demo/uses-plain-view.ts': "import { open } from '../search/search-ui';\nexport const u = open;\n",
  'src/tools/demo/uses-schema.ts': "import { demoSchema } from '../../schemas/demo';\nexport const s = demoSchema;\n",
  'src/tools/demo/uses-data-schema.ts': "import { dataSchema } from './data-schema';\nexport const d = dataSchema;\n",
  'src/lib/uses-zod.ts': "import { z } from 'astro/zod';\nexport const n = z.number();\n",
  'src/lib/cycle-a.ts': "import { b } from './cycle-b';\nexport const a = () => b;\n",
  'src/lib/cycle-b.ts': "import { a } from './cycle-a';\nexport const b = () => a;\n",
  // The config: its integrations are allowed (and may use src/lib), anything else is not.
  'src/integrations/demo.ts': "import { pure } from '../lib/pure';\nexport const demo = () => ({ name: 'demo', pure });\n",
  'astro.config.mjs': "import { demo } from './src/integrations/demo.ts';\nimport { helper } from './src/lib/helper';\nexport default { integrations: [demo()], helper };\n",
};

let project: string;
let violations: { rule: string; from: string; to: string }[];

beforeAll(() => {
  project = mkdtempSync(join(tmpdir(), 'import-rules-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(project, path)), { recursive: true });
    writeFileSync(join(project, path), text);
  }
  const cli = resolve('node_modules/dependency-cruiser/bin/dependency-cruiser.mjs');
  const result = spawnSync(process.execPath, [cli, 'src', 'astro.config.mjs', '--config', resolve('.dependency-cruiser.cjs'), '--output-type', 'json'], {
    cwd: project,
    encoding: 'utf8',
  });
  expect(result.stdout, result.stderr).toContain('"summary"');
  const report = JSON.parse(result.stdout) as { summary: { violations: { rule: { name: string }; from: string; to: string }[] } };
  violations = report.summary.violations.map((v) => ({ rule: v.rule.name, from: v.from, to: v.to }));
  // A cruise takes seconds, more on a busy machine: well past Vitest's 10 s default for hooks.
}, 60_000);

afterAll(() => rmSync(project, { recursive: true, force: true }));

const broken = (rule: string) => violations.filter((v) => v.rule === rule).map((v) => `${v.from} → ${v.to}`).sort();

describe('import-graph rules', () => {
  it('forbid React and Astro modules in logic', () => {
    expect(broken('logic-not-to-ui-frameworks')).toEqual(['src/lib/uses-astro.ts → astro:content', 'src/lib/uses-react.ts → react']);
  });

  it('forbid strings in logic, in src/i18n and in a tool’s strings folder', () => {
    expect(broken('logic-not-to-strings')).toEqual([
      'src/lib/uses-i18n.ts → src/i18n/nl.ts',
      'src/tools/demo/uses-strings.ts → src/tools/demo/strings/nl.ts',
    ]);
  });

  it('forbid views in logic, also a view written as plain TypeScript', () => {
    expect(broken('logic-not-to-views')).toEqual([
      'src/tools/demo/uses-plain-view.ts → src/tools/search/search-ui.ts',
      'src/tools/demo/uses-view.ts → src/tools/demo/Demo.tsx',
    ]);
  });

  it('forbid schemas and zod in logic at run time; their types are allowed, and a data schema may use the logic', () => {
    expect(broken('logic-not-to-schemas')).toEqual([
      'src/lib/uses-zod.ts → astro/zod',
      'src/tools/demo/uses-data-schema.ts → src/tools/demo/data-schema.ts',
      'src/tools/demo/uses-schema.ts → src/schemas/demo.ts',
    ]);
  });

  it('find a cycle (reported once, at one of its edges)', () => {
    expect(broken('no-circular')).toEqual([expect.stringMatching(/^src\/lib\/cycle-([ab])\.ts → src\/lib\/cycle-(?!\1)[ab]\.ts$/)]);
  });

  it('keep astro.config.mjs to src/integrations/', () => {
    expect(broken('config-only-to-integrations')).toEqual(['astro.config.mjs → src/lib/helper.ts']);
  });

  it('leave views, strings, tests, the shared kit, data schemas, type-only imports and the integrations alone', () => {
    const allowed = ['Demo.tsx', 'strings/nl.ts', 'demo.test.ts', 'shared/useThing.ts', 'src/lib/pure.ts', 'src/tools/demo/demo.ts', 'types-only.ts', '/demo/data-schema.ts', 'search-ui.ts', 'src/integrations/demo.ts'];
    expect(violations.filter((v) => allowed.some((name) => v.from.endsWith(name)))).toEqual([]);
  });
});
