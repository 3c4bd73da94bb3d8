import type { Locale } from '../../../lib/urls';
import { pageLocale } from '../../../page-locale';
import { feedbackformulier as english } from './en';
import { feedbackformulier } from './nl';

/** The client-feedback form's strings in the page's language: its island bundles both and picks by the page (src/page-locale.ts). */
export function feedbackStrings(locale: Locale = pageLocale()): typeof feedbackformulier {
  return locale === 'en' ? english : feedbackformulier;
}
