import type { Locale } from '../../../lib/urls';
import { pageLocale } from '../../../page-locale';
import { scorm as english } from './en';
import { scorm } from './nl';

/** Only the SCORM package's strings: what the package's script bundles. */
export function scormStrings(locale: Locale = pageLocale()): typeof scorm {
  return locale === 'en' ? english : scorm;
}
