import { defineTool } from '../manifest';
import { inboxStorage } from './inbox';

export const feedbackFormTool = defineTool({
  id: 'feedback-form',
  segments: { nl: 'feedbackformulier', en: 'feedback-form' },
  storage: inboxStorage,
  related: ['/klant/feedback-vragen/', '/klant/leren-van-een-echte-klantvraag/'],
});
