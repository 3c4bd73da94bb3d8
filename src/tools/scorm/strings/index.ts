import { defineStrings } from '../../../i18n/tool-strings';
import { scorm as en } from './en';
import { scorm as nl } from './nl';

/** The SCORM package's strings: what the package's script bundles. */
export const scormStrings = defineStrings({ nl, en });
