import { defineStrings } from '../../../i18n/tool-strings';
import { groupAnalysis as en } from './en';
import { groupAnalysis as nl } from './nl';

/** The group analysis's strings. */
export const groupAnalysisStrings = defineStrings({ nl, en });
