/**
 * The SCORM 1.2 packages, made at build time: per self-assessment two zips (see
 * src/tools/scorm/variants.ts), and one of the waartoe-check (completion only): the course
 * asks participants to use it before the next session, so a trainer wants to see who did.
 * The other tools are run by a facilitator with a group, not finished by one learner. Each holds everything it needs — launch page, one script and
 * one stylesheet bundled by esbuild from src/tools/scorm/launch.tsx, the manifest and the
 * SCORM 1.2 schemas — and nothing that loads from elsewhere: it must run on an intranet
 * platform, so its CSP allows only its own files. Links to chapters go to the public site.
 */
import { build } from 'esbuild';
import { strToU8, zipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { escapeMarkup } from '../lib/escape-markup';
import { assessmentManualPath, scormPackagePath } from '../lib/urls';
import type { LaunchData } from '../tools/scorm/launch-data';
import { absoluteUrl } from '../site';
import { toClientAssessment } from '../tools/assessment/client-data';
import { manifestXml, SCORM_SCHEMA_FILES } from '../tools/scorm/manifest';
import { scormStrings } from '../tools/scorm/strings/index';
import { PACKAGE_VARIANTS, type PackageVariant } from '../tools/scorm/variants';
import { getAssessments } from './assessments';
import { getToolData } from './tool-data';
import { getTools } from './tools';

export interface ScormPackage {
  /** An assessment's id, or a tool's URL segment. */
  slug: string;
  kind: LaunchData['kind'];
  title: string;
  version: number;
  variant: PackageVariant;
  /** Site path of the zip, /scorm/<id>[-met-uitkomst].zip */
  path: string;
  bytes: Uint8Array<ArrayBuffer>;
}

const LAUNCH = 'index.html';
const SCRIPT = 'scorm.js';
const STYLES = 'scorm.css';

/** Nothing from outside the package; the data block is JSON, not a script. */
const CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'";

let bundled: Promise<{ script: Uint8Array; styles: Uint8Array }> | undefined;

/** One bundle for every package (the assessment comes from the page), made once per build. */
function launchBundle() {
  bundled ??= build({
    entryPoints: [join(process.cwd(), 'src/tools/scorm/launch.tsx')],
    bundle: true,
    write: false,
    format: 'esm',
    target: 'es2022',
    minify: true,
    jsx: 'automatic',
    outdir: 'scorm',
    entryNames: 'scorm',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  }).then((result) => {
    const file = (extension: string) => result.outputFiles.find((output) => output.path.endsWith(extension))!.contents;
    return { script: file('.js'), styles: file('.css') };
  });
  return bundled;
}

interface PackageSource {
  slug: string;
  title: string;
  description: string;
  /** The manifest's version: an assessment's own; a tool without versions is 1. */
  version: number;
  variant: PackageVariant;
  launch: LaunchData;
}

function launchPage(source: PackageSource): string {
  const t = scormStrings('nl');
  // "<" escaped, so no text in the content can end the JSON block.
  const data = JSON.stringify(source.launch).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">
<title>${escapeMarkup(`${source.title} (${t.variantName[source.variant]})`)}</title>
<link rel="stylesheet" href="${STYLES}">
<script type="module" src="${SCRIPT}"></script>
</head>
<body>
<main id="scorm-root" class="scorm-page"><noscript><p>${escapeMarkup(t.noScript)}</p></noscript></main>
<script type="application/json" id="scorm-data">${data}</script>
</body>
</html>
`;
}

async function makePackage(source: PackageSource): Promise<ScormPackage> {
  const t = scormStrings('nl');
  const { script, styles } = await launchBundle();
  const files: Record<string, Uint8Array> = {
    [LAUNCH]: strToU8(launchPage(source)),
    [SCRIPT]: script,
    [STYLES]: styles,
  };
  const path = scormPackagePath(source.slug, source.variant);
  const manifest = manifestXml({
    identifier: `adviesplaybook-${path.replace(/^\/scorm\/|\.zip$/g, '')}-v${source.version}`,
    version: source.version,
    title: `${source.title} (${t.variantName[source.variant]})`,
    description: source.description,
    language: 'nl',
    launch: LAUNCH,
    files: Object.keys(files),
  });
  const schemas = Object.fromEntries(SCORM_SCHEMA_FILES.map((name) => [name, readFileSync(join(process.cwd(), 'src/tools/scorm/xsd', name))]));
  // Fixed dates, so the same content gives the same zip, byte for byte.
  const bytes = zipSync({ 'imsmanifest.xml': strToU8(manifest), ...files, ...schemas }, { level: 9, mtime: new Date('2026-01-01T00:00:00Z') });
  return { slug: source.slug, kind: source.launch.kind, title: source.title, version: source.version, variant: source.variant, path, bytes };
}

async function sources(siteUrl: string): Promise<PackageSource[]> {
  const assessments = (await getAssessments('nl')).flatMap(({ id, data }) =>
    PACKAGE_VARIANTS.map(
      (variant): PackageSource => ({
        slug: id,
        title: data.title,
        description: data.description,
        version: data.version,
        variant,
        launch: { kind: 'assessment', props: { assessment: { ...toClientAssessment(data), intro: data.intro }, variant, siteUrl, manualPath: assessmentManualPath(id) } },
      }),
    ),
  );
  const tool = (await getTools('nl')).find((candidate) => candidate.id === 'purpose-check');
  if (!tool) return assessments;
  const content = await getToolData('purpose-check', 'nl');
  return [
    ...assessments,
    {
      slug: tool.segment,
      title: tool.title,
      description: tool.description,
      version: 1,
      variant: 'completion',
      launch: { kind: 'purpose-check', props: { title: tool.title, intro: tool.description, content, siteUrl } },
    },
  ];
}

let packages: Promise<ScormPackage[]> | undefined;

/** Every package of this build. Chapters and the verantwoording open on the site's public address. */
export function getScormPackages(): Promise<ScormPackage[]> {
  const siteUrl = absoluteUrl('/', import.meta.env.SITE ? new URL(import.meta.env.SITE) : undefined);
  packages ??= sources(siteUrl).then((list) => Promise.all(list.map(makePackage)));
  return packages;
}
