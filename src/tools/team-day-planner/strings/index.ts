import { defineStrings } from '../../../i18n/tool-strings';
import { teamDayPlanner as en } from './en';
import { teamDayPlanner as nl } from './nl';

/** The team-day planner's strings. */
export const teamDayPlannerStrings = defineStrings({ nl, en });
