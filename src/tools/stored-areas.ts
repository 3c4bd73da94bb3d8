/**
 * Everything this site may keep in localStorage, in one place: which key (or key prefix)
 * belongs to which area, and the validator the area's own storage reader uses. "Jouw gegevens"
 * (src/tools/your-data/, /jouw-gegevens/) lists, exports, merges and deletes through this module; the
 * tool keys come from the registry, so a new tool with a `storageKey` is covered once it
 * adds its validator below (a test fails until it does).
 *
 * Key shapes (all under STORAGE_PREFIX, "adviesplaybook:"):
 *   assessment:<id>                 an assessment's attempts and progress (legacy: zelfscan:<id>)
 *   <tool storage key>              what a tool saved (legacy keys: registry.legacyStorageKeys)
 *   <any of those>:beschadigd:<iso> damaged data set aside by src/lib/storage.ts loadJson
 *   probe                           written and removed at once by browserStorage()
 * It lives beside the registry, not in src/lib, because it depends on the tools' validators.
 */
import { STORAGE_PREFIX } from '../lib/storage';
import { validateHistory } from './assessment/history';
import { validateInbox } from './feedback-form/inbox';
import { validatePlan } from './intervention-planner/intervention-planner';
import { isProgressShape } from './purpose-check/purpose-check';
import { toolRegistry, type ToolId } from './registry';
import { validateTeamDay } from './team-day-planner/team-day-planner';
import { validateProfiles } from './team-profile/store';

export type Validator = (raw: unknown) => unknown;

/** The validator each saving tool's reader applies (the same functions its load… calls). */
export const TOOL_VALIDATORS: Partial<Record<ToolId, Validator>> = {
  'team-profile': validateProfiles,
  'feedback-form': validateInbox,
  // Without its content the check can only test the shape; it re-reads with its questions on load.
  'purpose-check': (raw) => (isProgressShape(raw) ? raw : undefined),
  'intervention-planner': validatePlan,
  'team-day-planner': validateTeamDay,
};

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
  for (const tool of toolRegistry) {
    const validate = TOOL_VALIDATORS[tool.id];
    if (!tool.storageKey || !validate) continue;
    if (key === tool.storageKey) return { kind: 'tool', toolId: tool.id, legacy: false, validate };
    if ((tool.legacyStorageKeys as readonly string[]).includes(key)) return { kind: 'tool', toolId: tool.id, legacy: true, validate };
  }
  return undefined;
}

/** Every key a tool in the registry may write, for checks that nothing is left unlisted. */
export function registeredToolKeys(): string[] {
  return toolRegistry.flatMap((tool) => (tool.storageKey ? [tool.storageKey, ...tool.legacyStorageKeys] : []));
}
