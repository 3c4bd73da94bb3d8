import { defineStrings } from '../../../i18n/tool-strings';
import { yourData as en } from './en';
import { yourData as nl } from './nl';

/** The strings of "Jouw gegevens". */
export const yourDataStrings = defineStrings({ nl, en });
