/**
 * Copying to the clipboard from a widget, with the outcome to announce: which thing was
 * copied, or "failed" where the browser blocks the clipboard (the view then tells the user
 * to select and copy by hand).
 */
import { useState } from 'react';

export function useCopy<Key extends string>() {
  const [status, setStatus] = useState<Key | 'failed' | null>(null);
  const copy = async (key: Key, text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus(key);
    } catch {
      setStatus('failed');
    }
  };
  return { status, copy };
}
