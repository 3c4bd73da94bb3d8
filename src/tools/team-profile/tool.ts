import { defineTool } from '../manifest';
import { profilesStorage } from './store';

export const teamProfileTool = defineTool({
  id: 'team-profile',
  segments: { nl: 'teamprofiel', en: 'team-profile' },
  storage: profilesStorage,
  related: ['/team/follow-up-sessie/', '/team/teamdag-klantgerichtheid/'],
});
