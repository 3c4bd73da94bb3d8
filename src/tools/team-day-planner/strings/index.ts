import type { Locale } from '../../../lib/urls';
import { teamdagPlanner } from './nl';

/** The team-day planner's strings: what its island loads. */
export function teamdagPlannerStrings(_locale: Locale = 'nl'): typeof teamdagPlanner {
  return teamdagPlanner;
}
