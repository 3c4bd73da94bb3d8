/** The SCORM 1.2 packages (src/integrations/scorm-packages.ts): /scorm/<id>[-met-uitkomst].zip, and in English /scorm/en/<slug>[-with-outcome].zip */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getScormPackages } from '../../integrations/scorm-packages';

export const getStaticPaths = (async () =>
  (await getScormPackages()).map((scormPackage) => ({
    params: { file: scormPackage.path.replace(/^\/scorm\/|\.zip$/g, '') },
    props: { bytes: scormPackage.bytes },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response((props as { bytes: Uint8Array<ArrayBuffer> }).bytes, { headers: { 'Content-Type': 'application/zip' } });
