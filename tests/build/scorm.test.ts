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
import { afterAll, describe, expect, it } from 'vitest';
import { contentAssessment } from '../support/assessments';
import { MANIFEST_SCHEMA_WRAPPER, unpack } from '../support/scorm-lms';

const outDir = 'dist';
const zips = readdirSync(join(outDir, 'scorm')).filter((name) => name.endsWith('.zip'));
const work = mkdtempSync(join(tmpdir(), 'scorm-build-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Title, description and version as the content files give them; the tool has no versions (1). */
function sourceOf(zip: string): { title: string; description: string; version: number } {
  if (zip === 'waartoe-check.zip') {
    const front = yaml.load(readFileSync('content/tools/purpose-check.mdx', 'utf8').split('---')[1]!) as { title: string; description: string };
    return { title: front.title, description: front.description, version: 1 };
  }
  return contentAssessment(zip.replace(/(-met-uitkomst)?\.zip$/, '')) as ReturnType<typeof contentAssessment> & { description: string };
}

const schemas = ['imscp_rootv1p1p2.xsd', 'adlcp_rootv1p2.xsd', 'imsmd_rootv1p2p1.xsd', 'ims_xml.xsd'];

describe('SCORM packages', () => {
  it('are built: two per assessment and one of the waartoe-check', () => {
    expect(zips).toHaveLength(7);
    expect(zips).toContain('waartoe-check.zip');
  });

  for (const zip of zips) {
    describe(zip, () => {
      const dir = join(work, zip);
      const files = unpack(join(outDir, 'scorm', zip), dir);
      const manifest = readFileSync(join(dir, 'imsmanifest.xml'), 'utf8');
      const source = sourceOf(zip);

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
        const variant = zip.includes('-met-uitkomst') ? 'met uitkomst' : 'alleen afronding';
        expect(manifest).toContain(`<title>${source.title} (${variant})</title>`);
        expect(manifest).toContain(source.description.replace(/&/g, '&amp;'));
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
    });
  }
});
