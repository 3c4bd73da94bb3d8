import type { Locale } from '../../../lib/urls';
import { offline } from './nl';

/** The offline copy's strings: what its element in the browser loads. */
export function offlineStrings(_locale: Locale = 'nl'): typeof offline {
  return offline;
}
