/**
 * `imsmanifest.xml` of a SCORM 1.2 package: one organization, one item, one SCO. Title and
 * description come from the content file (as IMS LOM metadata); the manifest's identifier
 * and version carry the assessment's version, so a platform sees a new version as new.
 */
import { escapeMarkup } from '../../lib/escape-markup';

/** The SCORM 1.2 content-packaging schemas, shipped in the package root (src/tools/scorm/xsd/). */
export const SCORM_SCHEMA_FILES = ['imscp_rootv1p1p2.xsd', 'adlcp_rootv1p2.xsd', 'imsmd_rootv1p2p1.xsd', 'ims_xml.xsd'] as const;

export interface ManifestInput {
  /** Stable per package and version, e.g. "adviesplaybook-effectief-adviseren-met-uitkomst-v2". */
  identifier: string;
  version: number;
  title: string;
  /** The organization's title as the platform lists it: the site and its publisher; the package's title without one. */
  organisation?: string;
  description: string;
  language: string;
  /** The launch page, relative to the package root. */
  launch: string;
  /** Every file the SCO uses, relative to the package root (the schemas excluded). */
  files: readonly string[];
}


export function manifestXml(input: ManifestInput): string {
  const title = escapeMarkup(input.title);
  const lang = escapeMarkup(input.language);
  const files = input.files.map((file) => `      <file href="${escapeMarkup(file)}"/>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${escapeMarkup(input.identifier)}" version="${input.version}"
          xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
          xmlns:imsmd="http://www.imsglobal.org/xsd/imsmd_rootv1p2p1"
          xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
          xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
          xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
    <imsmd:lom>
      <imsmd:general>
        <imsmd:title><imsmd:langstring xml:lang="${lang}">${title}</imsmd:langstring></imsmd:title>
        <imsmd:language>${lang}</imsmd:language>
        <imsmd:description><imsmd:langstring xml:lang="${lang}">${escapeMarkup(input.description)}</imsmd:langstring></imsmd:description>
      </imsmd:general>
      <imsmd:lifecycle>
        <imsmd:version><imsmd:langstring xml:lang="${lang}">${input.version}</imsmd:langstring></imsmd:version>
      </imsmd:lifecycle>
    </imsmd:lom>
  </metadata>
  <organizations default="organization">
    <organization identifier="organization">
      <title>${input.organisation ? escapeMarkup(input.organisation) : title}</title>
      <item identifier="item" identifierref="sco" isvisible="true">
        <title>${title}</title>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="sco" type="webcontent" adlcp:scormtype="sco" href="${escapeMarkup(input.launch)}">
${files}
    </resource>
  </resources>
</manifest>
`;
}
