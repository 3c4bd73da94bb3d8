/**
 * The workshop tools ("hulpmiddelen"). A tool is a folder `src/tools/<id>/` plus one entry
 * here; its explanation, title and audience are content (`content/tools/<id>.mdx`).
 *
 * This registry holds what does not depend on the language: the code identifier (English),
 * the URL segment per language, where the tool keeps its data on the device, and which chapters it
 * supports. Pages, navigation, search, the sitemap, QR codes and the link checks read it.
 *
 * The self-assessments and search also live in `src/tools/` (assessment/, search/), but are
 * not entries here: their pages are generated from content (one per assessment file) or fixed
 * (/zoeken/), not one page per tool.
 */
import { STORAGE_PREFIX } from '../lib/storage';

export interface ToolDefinition {
  /** Code identifier, English, kebab-case: the folder name and the CSS block. */
  id: string;
  /** URL segment per language: under /hulpmiddelen/ (Dutch) and /en/tools/ (English). Never change one once published. */
  segments: { nl: string; en: string };
  /** The localStorage key this tool saves under, or null when it saves nothing. */
  storageKey: string | null;
  /** Keys an earlier version used; data found there is moved to `storageKey` on first load. */
  legacyStorageKeys: readonly string[];
  /** Chapters that explain what the tool supports (site paths, Dutch edition). */
  related: readonly string[];
}

/** Keeps each entry's literal id, so `ToolId` is a union, not `string`. */
function defineTool<const T extends ToolDefinition>(tool: T): T {
  return tool;
}

const key = (name: string) => `${STORAGE_PREFIX}${name}`;

export const toolRegistry = [
  defineTool({
    id: 'team-profile',
    segments: { nl: 'teamprofiel', en: 'team-profile' },
    storageKey: key('team-profile'),
    legacyStorageKeys: [key('teamprofielen')],
    related: ['/team/follow-up-sessie/', '/team/teamdag-klantgerichtheid/'],
  }),
  defineTool({
    id: 'nps',
    segments: { nl: 'nps', en: 'nps' },
    storageKey: null,
    legacyStorageKeys: [],
    related: ['/team/klanttevredenheid-meten/', '/team/teamdag-klantgerichtheid/'],
  }),
  defineTool({
    id: 'feedback-form',
    segments: { nl: 'feedbackformulier', en: 'feedback-form' },
    storageKey: key('feedback-form'),
    legacyStorageKeys: [key('feedbackformulier')],
    related: ['/klant/feedback-vragen/', '/klant/leren-van-een-echte-klantvraag/'],
  }),
  defineTool({
    id: 'purpose-check',
    segments: { nl: 'waartoe-check', en: 'purpose-check' },
    storageKey: key('purpose-check'),
    legacyStorageKeys: [key('waartoe')],
    related: ['/veranderen/eerst-het-doel/', '/veranderen/waartoe-gesprek/', '/veranderen/motivatie/'],
  }),
  defineTool({
    id: 'intervention-planner',
    segments: { nl: 'interventieplanner', en: 'intervention-planner' },
    storageKey: key('intervention-planner'),
    legacyStorageKeys: [key('interventieplan')],
    related: ['/veranderen/zes-interventies/', '/veranderen/interventieplan/'],
  }),
  defineTool({
    id: 'team-day-planner',
    segments: { nl: 'teamdag-planner', en: 'team-day-planner' },
    storageKey: key('team-day-planner'),
    legacyStorageKeys: [key('teamdag')],
    related: ['/team/teamdag-klantgerichtheid/', '/team/follow-up-sessie/'],
  }),
] as const;

export type ToolId = (typeof toolRegistry)[number]['id'];
export const toolIds = toolRegistry.map((tool) => tool.id) as [ToolId, ...ToolId[]];

function toolDefinition<Id extends ToolId>(id: Id): Extract<(typeof toolRegistry)[number], { id: Id }> {
  const tool = toolRegistry.find((candidate) => candidate.id === id);
  if (!tool) throw new Error(`No tool "${id}" in src/tools/registry.ts`);
  return tool as Extract<(typeof toolRegistry)[number], { id: Id }>;
}

/** The key a tool saves under; only for tools that save something. */
export function storageKeyOf(id: ToolId): { key: string; legacy: readonly string[] } {
  const tool = toolDefinition(id);
  if (!tool.storageKey) throw new Error(`Tool "${id}" saves nothing`);
  return { key: tool.storageKey, legacy: tool.legacyStorageKeys };
}
