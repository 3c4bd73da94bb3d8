import type { Locale } from '../../../lib/urls';
import { pageLocale } from '../../../page-locale';
import { teamdagPlanner as english } from './en';
import { teamdagPlanner } from './nl';

/** The team-day planner's strings in the page's language: its island bundles both and picks by the page (src/page-locale.ts). */
export function teamdagPlannerStrings(locale: Locale = pageLocale()): typeof teamdagPlanner {
  return locale === 'en' ? english : teamdagPlanner;
}
