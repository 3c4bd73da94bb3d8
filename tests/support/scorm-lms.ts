/**
 * A learning platform in miniature for the SCORM packages: a bare directory with the package
 * unpacked under package/, and a top page that puts scorm-again's SCORM 1.2 runtime
 * (`Scorm12API`, a maintained LMS-side implementation) on `window.API` and opens the package's
 * launch page in a frame — as Moodle does. Served by its own server on its own port.
 */
import { unzipSync } from 'fflate';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { startServer, type OwnServer } from './own-server';

const require = createRequire(import.meta.url);

/** The wrapper that lets xmllint check imscp and adlcp in one run (it takes one schema). */
export const MANIFEST_SCHEMA_WRAPPER = `<?xml version="1.0" encoding="UTF-8"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:x-scorm12-validation-wrapper" elementFormDefault="qualified">
  <xs:import namespace="http://www.imsproject.org/xsd/imscp_rootv1p1p2" schemaLocation="imscp_rootv1p1p2.xsd"/>
  <xs:import namespace="http://www.adlnet.org/xsd/adlcp_rootv1p2" schemaLocation="adlcp_rootv1p2.xsd"/>
  <xs:import namespace="http://www.imsglobal.org/xsd/imsmd_rootv1p2p1" schemaLocation="imsmd_rootv1p2p1.xsd"/>
</xs:schema>
`;

/** Writes a zip's files into a directory. */
export function unpack(zipFile: string, into: string): string[] {
  const files = unzipSync(readFileSync(zipFile));
  for (const [name, bytes] of Object.entries(files)) {
    mkdirSync(dirname(join(into, name)), { recursive: true });
    writeFileSync(join(into, name), bytes);
  }
  return Object.keys(files);
}

// The platform's page. `?fail=commit` makes every commit fail with error 101 (General
// Exception), as a platform that cannot save does; `?resume=<json>` starts the learner with
// the data a platform kept from an earlier session (loaded before LMSInitialize, as an LMS does).
const HARNESS = `const params = new URLSearchParams(location.search);
const failing = params.get('fail') === 'commit';
const refusingHttp = { processHttpRequest: () => ({ result: 'false', errorCode: 101 }), updateSettings() {} };
window.API = failing ? new Scorm12API({ logLevel: 5, lmsCommitUrl: '/commit' }, refusingHttp) : new Scorm12API({ logLevel: 5 });
const resume = params.get('resume');
if (resume) window.API.loadFromJSON(JSON.parse(resume));
`;

const TOP_PAGE = `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><title>Leeromgeving</title></head>
<body>
<script src="lms/scorm12.min.js"></script>
<script src="lms/harness.js"></script>
<iframe title="Zelfscan" src="package/index.html" style="inline-size: 100%; block-size: 2400px; border: 0"></iframe>
</body></html>
`;

export interface Lms {
  server: OwnServer;
  /** The platform's page with the package in a frame. */
  url: string;
  files: string[];
  stop(): Promise<void>;
}

export async function startLms(zipFile: string): Promise<Lms> {
  const root = mkdtempSync(join(tmpdir(), 'scorm-lms-'));
  const files = unpack(zipFile, join(root, 'package'));
  mkdirSync(join(root, 'lms'));
  copyFileSync(require.resolve('scorm-again/scorm12/min'), join(root, 'lms/scorm12.min.js'));
  writeFileSync(join(root, 'lms/harness.js'), HARNESS);
  writeFileSync(join(root, 'index.html'), TOP_PAGE);
  const server = await startServer(root);
  return {
    server,
    url: server.url,
    files,
    stop: async () => {
      await server.stop();
      rmSync(root, { recursive: true, force: true });
    },
  };
}
