import { defineStrings } from '../../../i18n/tool-strings';
import { feedbackForm as en } from './en';
import { feedbackForm as nl } from './nl';

/** The client-feedback form's strings. */
export const feedbackFormStrings = defineStrings({ nl, en });
