import type { Locale } from '../../../lib/urls';
import { pageLocale } from '../../../page-locale';
import { assessment as english } from './en';
import { assessment } from './nl';

/** Only the self-assessment strings: what the assessment island loads. */
export function assessmentStrings(locale: Locale = pageLocale()): typeof assessment {
  return locale === 'en' ? english : assessment;
}
