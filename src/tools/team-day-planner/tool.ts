import { contentData, defineTool } from '../manifest';
import { teamDayStorage, type TeamDayContent } from './team-day-planner';

/** Its content (the play's parts and the follow-up) is content/tools/team-day-planner.yaml, schema ./data-schema.ts. */
export const teamDayPlannerTool = defineTool({
  id: 'team-day-planner',
  segments: { nl: 'teamdag-planner', en: 'team-day-planner' },
  storage: teamDayStorage,
  data: contentData<TeamDayContent>(),
  related: ['/team/teamdag-klantgerichtheid/', '/team/follow-up-sessie/'],
});
