/**
 * The SCORM 1.2 packages, made at build time: per self-assessment two zips, per teamscan one
 * (see src/tools/scorm/variants.ts), and one of the waartoe-check (completion only): the course
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
import { assessmentManualPath, assessmentPath, assessmentSlug, scormPackagePath, type Locale } from '../lib/urls';
import type { LaunchData } from '../tools/scorm/launch-data';
import { absoluteUrl } from '../site';
import { toClientAssessment } from '../tools/assessment/client-data';
import { manifestXml, SCORM_SCHEMA_FILES } from '../tools/scorm/manifest';
import { scormStrings } from '../tools/scorm/strings/index';
import { type PackageVariant, variantsFor } from '../tools/scorm/variants';
import { getAssessments } from '../data/assessments';
import { getToolData } from '../data/tool-data';
import { getTools } from '../data/tools';
import { LOCALES } from '../data/locale';
import { organisationName, siteName } from '../data/organisation';

export interface ScormPackage {
  /** An assessment's URL segment (its id; its English slug in English), or a tool's URL segment. */
  slug: string;
  /** The language of the package: its launch page, its manifest and the platform's view of it. */
  locale: Locale;
  kind: LaunchData['kind'];
  title: string;
  version: number;
  variant: PackageVariant;
  /** Site path of the zip, /scorm/<id>[-met-uitkomst].zip, /scorm/en/<slug>[-with-outcome].zip */
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
  locale: Locale;
  title: string;
  description: string;
  /** The manifest's version: an assessment's own; a tool without versions is 1. */
  version: number;
  variant: PackageVariant;
  launch: LaunchData;
}

function launchPage(source: PackageSource): string {
  const t = scormStrings(source.locale);
  // "<" escaped, so no text in the content can end the JSON block.
  const data = JSON.stringify(source.launch).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="${source.locale}">
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
  const t = scormStrings(source.locale);
  const { script, styles } = await launchBundle();
  const files: Record<string, Uint8Array> = {
    [LAUNCH]: strToU8(launchPage(source)),
    [SCRIPT]: script,
    [STYLES]: styles,
  };
  const path = scormPackagePath(source.slug, source.variant, source.locale);
  const manifest = manifestXml({
    // An xs:ID: no slash, so the English packages' folder becomes a prefix (adviesplaybook-en-effective-advising-v2).
    identifier: `adviesplaybook-${path.replace(/^\/scorm\/|\.zip$/g, '').replace(/\//g, '-')}-v${source.version}`,
    version: source.version,
    title: `${source.title} (${t.variantName[source.variant]})`,
    organisation: organisationName(source.locale) && `${siteName(source.locale)} (${organisationName(source.locale)})`,
    description: source.description,
    language: source.locale,
    launch: LAUNCH,
    files: Object.keys(files),
  });
  const schemas = Object.fromEntries(SCORM_SCHEMA_FILES.map((name) => [name, readFileSync(join(process.cwd(), 'src/tools/scorm/xsd', name))]));
  // Fixed dates, so the same content gives the same zip, byte for byte.
  const bytes = zipSync({ 'imsmanifest.xml': strToU8(manifest), ...files, ...schemas }, { level: 9, mtime: new Date('2026-01-01T00:00:00Z') });
  return { slug: source.slug, locale: source.locale, kind: source.launch.kind, title: source.title, version: source.version, variant: source.variant, path, bytes };
}

/** One language's packages: each assessment in its variants (a teamscan completion only), and the purpose check. */
async function sources(siteUrl: string, locale: Locale): Promise<PackageSource[]> {
  const assessments = (await getAssessments(locale)).flatMap(({ data }) =>
    variantsFor(data.kind).map(
      (variant): PackageSource => ({
        slug: assessmentSlug(data),
        locale,
        title: data.title,
        description: data.description,
        version: data.version,
        variant,
        launch: {
          kind: 'assessment',
          props: {
            assessment: { ...toClientAssessment(data), intro: data.intro },
            variant,
            siteUrl,
            manualPath: assessmentManualPath(assessmentSlug(data), locale),
            path: assessmentPath(assessmentSlug(data), locale),
          },
        },
      }),
    ),
  );
  const tool = (await getTools(locale)).find((candidate) => candidate.id === 'purpose-check');
  if (!tool) return assessments;
  const content = await getToolData('purpose-check', locale);
  return [
    ...assessments,
    {
      slug: tool.segment,
      locale,
      title: tool.title,
      description: tool.description,
      version: 1,
      variant: 'completion',
      launch: { kind: 'purpose-check', props: { title: tool.title, intro: tool.description, content, siteUrl } },
    },
  ];
}

let packages: Promise<ScormPackage[]> | undefined;

/** Every package of this build, both languages. Chapters and the verantwoording open on the site's public address. */
export function getScormPackages(): Promise<ScormPackage[]> {
  const siteUrl = absoluteUrl('/', import.meta.env.SITE ? new URL(import.meta.env.SITE) : undefined);
  packages ??= Promise.all(LOCALES.map((locale) => sources(siteUrl, locale)))
    .then((lists) => lists.flat())
    .then((list) => Promise.all(list.map(makePackage)));
  return packages;
}
