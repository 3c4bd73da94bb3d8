import { contentData, defineTool } from '../manifest';
import { planStorage, type InterventionContent } from './intervention-planner';

/** Its content (the interventions and how they reinforce each other) is content/tools/intervention-planner.yaml, schema ./data-schema.ts. */
export const interventionPlannerTool = defineTool({
  id: 'intervention-planner',
  segments: { nl: 'interventieplanner', en: 'intervention-planner' },
  storage: planStorage,
  data: contentData<InterventionContent>(),
  related: ['/veranderen/zes-interventies/', '/veranderen/interventieplan/'],
});
