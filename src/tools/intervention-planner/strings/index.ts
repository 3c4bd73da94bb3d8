import type { Locale } from '../../../lib/urls';
import { interventieplanner } from './nl';

/** The intervention planner's strings: what its island loads. */
export function interventieplannerStrings(_locale: Locale = 'nl'): typeof interventieplanner {
  return interventieplanner;
}
