import { defineStrings } from '../../../i18n/tool-strings';
import { nps as en } from './en';
import { nps as nl } from './nl';

/** The NPS calculator's strings. */
export const npsStrings = defineStrings({ nl, en });
