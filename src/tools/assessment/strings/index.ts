import type { Locale } from '../../../lib/urls';
import { assessment } from './nl';

/** Only the self-assessment strings: what the assessment island loads. */
export function assessmentStrings(_locale: Locale = 'nl'): typeof assessment {
  return assessment;
}
