import { contentData, defineTool } from '../manifest';
import { progressStorage, type PurposeCheckContent } from './purpose-check';

/** Its content (questions, verdict rules, links) is content/tools/purpose-check.yaml, schema ./data-schema.ts. */
export const purposeCheckTool = defineTool({
  id: 'purpose-check',
  segments: { nl: 'waartoe-check', en: 'purpose-check' },
  storage: progressStorage,
  data: contentData<PurposeCheckContent>(),
  related: ['/veranderen/eerst-het-doel/', '/veranderen/waartoe-gesprek/', '/veranderen/motivatie/'],
});
