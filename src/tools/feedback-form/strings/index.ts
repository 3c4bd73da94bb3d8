import type { Locale } from '../../../lib/urls';
import { feedbackformulier } from './nl';

/** The client-feedback form's strings: what its island loads. */
export function feedbackStrings(_locale: Locale = 'nl'): typeof feedbackformulier {
  return feedbackformulier;
}
