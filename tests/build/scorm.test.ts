/**
 * The SCORM 1.2 packages as a platform's importer sees them: imsmanifest.xml valid against
 * the SCORM 1.2 content-packaging schemas shipped in each package (xmllint), and what the
 * schemas cannot check — the item points at the SCO, every file is listed and present, title
 * and version come from the content, and the launch page loads nothing from elsewhere.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { escapeMarkup } from '../../src/lib/escape-markup';
import { afterAll, describe, expect, it } from 'vitest';
import { scorm as scormEn } from '../../src/tools/scorm/strings/en';
import { scorm as scormNl } from '../../src/tools/scorm/strings/nl';
import { contentAssessments } from '../support/assessments';
import { MANIFEST_SCHEMA_WRAPPER, unpack } from '../support/scorm-lms';

const outDir = 'dist';
const work = mkdtempSync(join(tmpdir(), 'scorm-build-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Each edition's packages: where they are, where their content comes from, and its words. */
const EDITIONS = [
  { locale: 'nl', folder: 'scorm', content: 'content', tool: 'waartoe-check.zip', outcome: '-met-uitkomst', variantName: scormNl.variantName },
  { locale: 'en', folder: 'scorm/en', content: 'content/en', tool: 'purpose-check.zip', outcome: '-with-outcome', variantName: scormEn.variantName },
] as const;
type Edition = (typeof EDITIONS)[number];
const zipsOf = (edition: Edition) => readdirSync(join(outDir, edition.folder)).filter((name) => name.endsWith('.zip'));

/** Title, description and version as the content files give them; the tool has no versions (1). */
function sourceOf(edition: Edition, zip: string): { title: string; description: string; version: number } {
  if (zip === edition.tool) {
    const front = yaml.load(readFileSync(`${edition.content}/tools/purpose-check.mdx`, 'utf8').split('---')[1]!) as { title: string; description: string };
    return { title: front.title, description: front.description, version: 1 };
  }
  const slug = zip.replace(new RegExp(`(${edition.outcome})?\\.zip$`), '');
  const found = contentAssessments(`${edition.content}/assessments`).find((assessment) => ((assessment as { slug?: string }).slug ?? assessment.id) === slug);
  if (!found) throw new Error(`${edition.folder}/${zip}: no assessment with slug ${slug} in ${edition.content}/assessments`);
  return found as typeof found & { description: string };
}

const schemas = ['imscp_rootv1p1p2.xsd', 'adlcp_rootv1p2.xsd', 'imsmd_rootv1p2p1.xsd', 'ims_xml.xsd'];

describe.each(EDITIONS)('SCORM packages ($locale)', (edition) => {
  const zips = zipsOf(edition);
  it('are built: two per zelfscan, one (completion only) per teamscan, and one of the purpose check', () => {
    const assessments = contentAssessments(`${edition.content}/assessments`);
    const teamscans = assessments.filter((assessment) => assessment.kind === 'teamscan');
    expect(teamscans.length).toBeGreaterThan(0);
    expect(zips).toHaveLength(2 * assessments.length - teamscans.length + 1);
    expect(zips).toContain(edition.tool);
    for (const teamscan of teamscans) {
      const slug = (teamscan as { slug?: string }).slug ?? teamscan.id;
      expect(zips).toContain(`${slug}.zip`);
      expect(zips).not.toContain(`${slug}${edition.outcome}.zip`);
    }
  });

  for (const zip of zips) {
    describe(zip, () => {
      const dir = join(work, edition.locale, zip);
      const files = unpack(join(outDir, edition.folder, zip), dir);
      const manifest = readFileSync(join(dir, 'imsmanifest.xml'), 'utf8');
      const source = sourceOf(edition, zip);

      it('has a manifest that the SCORM 1.2 schemas in its own root accept (xmllint)', () => {
        expect(files).toEqual(expect.arrayContaining(['imsmanifest.xml', ...schemas]));
        writeFileSync(join(dir, 'validate.xsd'), MANIFEST_SCHEMA_WRAPPER);
        const result = spawnSync('xmllint', ['--noout', '--nonet', '--schema', 'validate.xsd', 'imsmanifest.xml'], { cwd: dir, encoding: 'utf8' });
        expect(result.error, 'xmllint (Debian package libxml2-utils) must be installed').toBeUndefined();
        expect(result.stderr).toContain('imsmanifest.xml validates');
        expect(result.status).toBe(0);
      });

      it('has one SCO that its item points at, and lists exactly the files it holds', () => {
        expect(manifest).toContain('<schemaversion>1.2</schemaversion>');
        expect(manifest.match(/adlcp:scormtype="sco"/g)).toHaveLength(1);
        expect(manifest).toMatch(/<item identifier="item" identifierref="sco"/);
        expect(manifest).toMatch(/<resource identifier="sco" type="webcontent" adlcp:scormtype="sco" href="index.html">/);
        const listed = [...manifest.matchAll(/<file href="([^"]+)"\/>/g)].map((match) => match[1]);
        expect(listed.sort()).toEqual(files.filter((file) => file !== 'imsmanifest.xml' && !schemas.includes(file)).sort());
      });

      it('takes title, description and version from its content file', () => {
        const variant = edition.variantName[zip.includes(edition.outcome) ? 'outcome' : 'completion'];
        expect(manifest).toContain(`<title>${source.title} (${variant})</title>`);
        expect(manifest).toContain(escapeMarkup(source.description));
        expect(manifest).toMatch(new RegExp(`<manifest identifier="adviesplaybook-[a-z-]+-v${source.version}" version="${source.version}"`));
      });

      it('has a launch page that loads only its own files, under a CSP that allows nothing else', () => {
        const page = readFileSync(join(dir, 'index.html'), 'utf8');
        const csp = page.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1] ?? '';
        expect(csp).toContain("default-src 'none'");
        expect(csp).not.toMatch(/https?:|\*|unsafe/);
        const references = [...page.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1]!);
        expect(references.sort()).toEqual(['scorm.css', 'scorm.js']);
        expect(readFileSync(join(dir, 'scorm.css'), 'utf8')).not.toMatch(/url\(|@import/);
      });

      it('speaks its edition\'s language: the launch page and the manifest', () => {
        expect(readFileSync(join(dir, 'index.html'), 'utf8')).toContain(`<html lang="${edition.locale}">`);
        expect(manifest).toContain(`<imsmd:language>${edition.locale}</imsmd:language>`);
        expect(manifest.match(/xml:lang="([a-z]+)"/g)?.every((attribute) => attribute === `xml:lang="${edition.locale}"`)).toBe(true);
      });
    });
  }
});
