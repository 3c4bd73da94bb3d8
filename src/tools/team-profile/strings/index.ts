import { defineStrings } from '../../../i18n/tool-strings';
import { teamProfile as en } from './en';
import { teamProfile as nl } from './nl';

/** The team profile's strings. */
export const teamProfileStrings = defineStrings({ nl, en });
