/**
 * Moving focus to an element React is about to render (a new step's first field, the button
 * left after a removal). Focus moves once React has rendered; each request is a new object,
 * so asking twice for the same element moves focus twice, and nothing has to reset it.
 */
import { useEffect, useState } from 'react';

/** Returns `focusAfterRender(id)`: after the coming render, focus the element with that id. */
export function useFocusAfterRender(): (id: string) => void {
  const [request, setRequest] = useState<{ id: string } | null>(null);

  useEffect(() => {
    if (request) document.getElementById(request.id)?.focus();
  }, [request]);

  return (id: string) => setRequest({ id });
}
