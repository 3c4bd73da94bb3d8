import { defineTool } from '../manifest';

export const groupAnalysisTool = defineTool({
  id: 'group-analysis',
  segments: { nl: 'groepsanalyse', en: 'group-analysis' },
  storage: null,
  related: [],
});
