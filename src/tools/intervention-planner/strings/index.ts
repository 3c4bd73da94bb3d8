import { defineStrings } from '../../../i18n/tool-strings';
import { interventionPlanner as en } from './en';
import { interventionPlanner as nl } from './nl';

/** The intervention planner's strings. */
export const interventionPlannerStrings = defineStrings({ nl, en });
