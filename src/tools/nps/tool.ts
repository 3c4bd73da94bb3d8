import { defineTool } from '../manifest';

export const npsTool = defineTool({
  id: 'nps',
  segments: { nl: 'nps', en: 'nps' },
  storage: null,
  related: ['/team/klanttevredenheid-meten/', '/team/teamdag-klantgerichtheid/'],
});
