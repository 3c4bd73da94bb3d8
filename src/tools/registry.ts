/**
 * The workshop tools ("hulpmiddelen"), in the order the overview lists them. A tool is a
 * folder `src/tools/<id>/` whose manifest `tool.ts` says what does not depend on the
 * language (see manifest.ts); its explanation, title and audience are content
 * (`content/tools/<id>.mdx`). Pages, navigation, search, the sitemap, QR codes, the link
 * checks, the content collections and "Jouw gegevens" loop over this list.
 *
 * The self-assessments and search also live in `src/tools/` (assessment/, search/), but are
 * not listed here: their pages are generated from content (one per assessment file) or fixed
 * (/zoeken/), not one page per tool.
 */
import { feedbackFormTool } from './feedback-form/tool';
import { groupAnalysisTool } from './group-analysis/tool';
import { interventionPlannerTool } from './intervention-planner/tool';
import { npsTool } from './nps/tool';
import { purposeCheckTool } from './purpose-check/tool';
import { teamDayPlannerTool } from './team-day-planner/tool';
import { teamProfileTool } from './team-profile/tool';

export const toolRegistry = [teamProfileTool, npsTool, feedbackFormTool, purposeCheckTool, interventionPlannerTool, teamDayPlannerTool, groupAnalysisTool] as const;

export type ToolManifestOf = (typeof toolRegistry)[number];
export type ToolId = ToolManifestOf['id'];
export const toolIds = toolRegistry.map((tool) => tool.id) as [ToolId, ...ToolId[]];
