import { defineStrings } from '../../../i18n/tool-strings';
import { search as en } from './en';
import { search as nl } from './nl';

/** The search strings: what the search interface in the browser loads, and no other area's. */
export const searchStrings = defineStrings({ nl, en });
