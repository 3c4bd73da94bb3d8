import { defineStrings } from '../../../i18n/tool-strings';
import { assessment as en } from './en';
import { assessment as nl } from './nl';

/** The self-assessment strings: what the assessment island loads. */
export const assessmentStrings = defineStrings({ nl, en });
