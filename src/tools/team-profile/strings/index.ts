import type { Locale } from '../../../lib/urls';
import { teamProfile } from './nl';

/** The team profile's strings: what its island loads. */
export function teamProfileStrings(_locale: Locale = 'nl'): typeof teamProfile {
  return teamProfile;
}
