import { defineStrings } from '../../../i18n/tool-strings';
import { offline as en } from './en';
import { offline as nl } from './nl';

/** The offline copy's strings: what its element in the browser loads. */
export const offlineStrings = defineStrings({ nl, en });
