import type { Locale } from '../../../lib/urls';
import { scorm } from './nl';

/** Only the SCORM package's strings: what the package's script bundles. */
export function scormStrings(_locale: Locale = 'nl'): typeof scorm {
  return scorm;
}
