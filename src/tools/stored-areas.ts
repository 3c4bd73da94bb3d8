/**
 * Everything this site may keep in localStorage, in one place: which key (or key prefix)
 * belongs to which area, and the validator the area's own storage reader uses. "Jouw gegevens"
 * (src/tools/your-data/, /jouw-gegevens/) lists, exports, merges and deletes through this module; the
 * tool keys and validators come from the tools' manifests (registry.ts), so a new tool that
 * saves something is covered by declaring its storage.
 *
 * Key shapes (all under STORAGE_PREFIX, "adviesplaybook:"):
 *   assessment:<id>                 an assessment's attempts and progress (replaced: zelfscan:<id>)
 *   <tool storage key>              what a tool saved (and the keys it replaced: manifest `storage`)
 *   <any of those>:beschadigd:<iso> damaged data set aside by src/lib/storage.ts loadJson
 *   probe                           written and removed at once by browserStorage()
 * It lives beside the registry, not in src/lib, because it depends on the tools' validators.
 */
import { STORAGE_PREFIX } from '../lib/storage';
import { validateHistory } from './assessment/history';
import { toolRegistry, type ToolId } from './registry';

export type Validator = (raw: unknown) => unknown;

export const ASSESSMENT_PREFIX = `${STORAGE_PREFIX}assessment:`;
export const LEGACY_ASSESSMENT_PREFIX = `${STORAGE_PREFIX}zelfscan:`;
/** What loadJson puts between the original key and the time it set damaged data aside. */
export const BACKUP_MARKER = ':beschadigd:';
const PROBE_KEY = `${STORAGE_PREFIX}probe`;

export type StoredArea =
  | { kind: 'assessment'; assessmentId: string; legacy: boolean; validate: Validator }
  | { kind: 'tool'; toolId: ToolId; legacy: boolean; validate: Validator }
  /** Damaged data set aside: never validated (it failed already), never overwritten. */
  | { kind: 'backup'; originalKey: string; setAsideAt: string; of: StoredArea | undefined }
  | { kind: 'probe' };

/** Which area a localStorage key belongs to, or undefined for keys that are not this site's. */
export function classifyKey(key: string): StoredArea | undefined {
  if (!key.startsWith(STORAGE_PREFIX)) return undefined;
  if (key === PROBE_KEY) return { kind: 'probe' };
  const marker = key.indexOf(BACKUP_MARKER);
  if (marker > 0) {
    const originalKey = key.slice(0, marker);
    return { kind: 'backup', originalKey, setAsideAt: key.slice(marker + BACKUP_MARKER.length), of: classifyKey(originalKey) };
  }
  for (const [prefix, legacy] of [
    [ASSESSMENT_PREFIX, false],
    [LEGACY_ASSESSMENT_PREFIX, true],
  ] as const) {
    const assessmentId = key.slice(prefix.length);
    if (key.startsWith(prefix) && /^[a-z0-9-]+$/.test(assessmentId)) return { kind: 'assessment', assessmentId, legacy, validate: validateHistory };
  }
  for (const { id, storage } of toolRegistry) {
    if (!storage) continue;
    if (key === storage.key) return { kind: 'tool', toolId: id, legacy: false, validate: storage.validate };
    if (storage.replaced.includes(key)) return { kind: 'tool', toolId: id, legacy: true, validate: storage.validate };
  }
  return undefined;
}

/** Every key a tool in the registry may write, for checks that nothing is left unlisted. */
export function registeredToolKeys(): string[] {
  return toolRegistry.flatMap(({ storage }) => (storage ? [storage.key, ...storage.replaced] : []));
}
