import { defineStrings } from '../../../i18n/tool-strings';
import { purposeCheck as en } from './en';
import { purposeCheck as nl } from './nl';

/** The purpose check's strings. */
export const purposeCheckStrings = defineStrings({ nl, en });
