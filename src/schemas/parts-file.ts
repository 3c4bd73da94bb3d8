import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { partsFileSchema, type Part } from './part';
import { ContentError, describeIssues } from './report';

/**
 * Reads and validates `parts.yaml`. It is read while the content config loads, because
 * the chapter schema needs the list of part ids to reject an unknown part.
 */
export function readPartsFile(path: string, displayPath = path): Part[] {
  let raw: unknown;
  try {
    raw = yaml.load(readFileSync(path, 'utf8'), { filename: displayPath });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ContentError(`${displayPath}: cannot be read as YAML: ${reason}`);
  }
  const result = partsFileSchema.safeParse(raw);
  if (!result.success) throw new ContentError(describeIssues(displayPath, result.error.issues, 'part'));
  return result.data;
}
