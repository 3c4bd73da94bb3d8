/**
 * What a tool manifest (`src/tools/<id>/tool.ts`) declares, and the two helpers the
 * manifests and the tools' storage code use. The manifests are listed in registry.ts; pages,
 * navigation, the sitemap, "Jouw gegevens" and the content collections loop over that list,
 * so a tool is declared once, in its own folder.
 *
 * A manifest runs in the browser too ("Jouw gegevens" classifies the keys on the device
 * through it), so it holds no zod: a tool's content schema is `<id>/data-schema.ts` beside
 * it, read only by the content config (src/content.config.ts) and the tests.
 */
import { STORAGE_PREFIX } from '../lib/storage';

/** Where a tool keeps its data on the device; declared by the tool's own storage code. */
export interface ToolStorage<T = unknown> {
  /** The localStorage key: `adviesplaybook:<tool id>`. */
  key: string;
  /** Keys the tool saved under before; data found there is moved to `key` on first load. */
  replaced: readonly string[];
  /** Accepts stored data of the current shape, undefined for anything else (then set aside as damaged). */
  validate: (raw: unknown) => T | undefined;
}

/**
 * Declares a tool's storage: the key is the site prefix plus `name`, the replaced keys are
 * names under the same prefix. Saved data lives under these keys: never change one.
 */
export function toolStorage<T>(name: string, { replaced, validate }: { replaced: readonly string[]; validate: (raw: unknown) => T | undefined }): ToolStorage<T> {
  return { key: `${STORAGE_PREFIX}${name}`, replaced: replaced.map((old) => `${STORAGE_PREFIX}${old}`), validate };
}

/**
 * A tool with content data (`content/tools/<id>.yaml`, schema `<id>/data-schema.ts`): `T` is
 * what the tool's logic takes, so `getToolData(id)` is typed by the manifest. Carries no
 * value at run time.
 */
export interface ToolData<T> {
  readonly contentType?: T;
}
export const contentData = <T,>(): ToolData<T> => ({});

/** The content collection of a tool's data file: `interventionPlannerData` for intervention-planner. */
export const dataCollectionOf = (id: string): string => `${id.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase())}Data`;

export interface ToolManifest {
  /** Code identifier, English, kebab-case: the folder name and the CSS block. */
  id: string;
  /** URL segment per language: under /hulpmiddelen/ (Dutch) and /en/tools/ (English). Never change one once published. */
  segments: { nl: string; en: string };
  /** Where the tool saves on the device, or null when it saves nothing. */
  storage: ToolStorage | null;
  /** Present when the tool reads `content/tools/<id>.yaml`; the tool gets no page without that file. */
  data?: ToolData<unknown>;
  /** Chapters that explain what the tool supports (site paths, Dutch edition). */
  related: readonly string[];
}

/** Keeps the manifest's literal id, so `ToolId` is a union, not `string`. */
export function defineTool<const T extends ToolManifest>(tool: T): T {
  return tool;
}
