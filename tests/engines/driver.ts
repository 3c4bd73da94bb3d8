/**
 * The few things a cross-engine journey asks of a browser. Each engine has a thin adapter
 * (drivers.ts); the journeys (journeys.ts) are written once against this interface.
 * Everything is addressed by CSS selector; waiting is done on page state (see `waitFor`).
 */
export type EngineName = 'chromium' | 'firefox' | 'webkit';
export type Key = 'Tab' | 'Enter' | 'Space' | 'Escape' | 'ArrowDown' | 'ArrowUp' | '/';

export interface Driver {
  readonly engine: EngineName;
  /** Opens a site path ("/rol/") or a full URL. */
  goto(pathOrUrl: string): Promise<void>;
  reload(): Promise<void>;
  /** Runs `body` (the body of a function, may use `arg`) in the page and returns its JSON result. */
  evaluate<T>(body: string, arg?: unknown): Promise<T>;
  /** Clicks the first element matching `selector`, scrolled into view first. */
  click(selector: string): Promise<void>;
  /** A real key press on whatever has focus. */
  press(key: Key): Promise<void>;
  /** Real key presses for each character, into whatever has focus. */
  type(text: string): Promise<void>;
  /** Resizes the page's viewport (approximately, where the engine sizes windows only). */
  setViewport(width: number, height: number): Promise<void>;
  /** Ends this browser session and starts one with an empty profile (no storage). */
  freshProfile(): Promise<void>;
  /** The page as the engine prints it (a PDF), where the engine can print headless; else absent. */
  printToPdf?(): Promise<Uint8Array>;
  close(): Promise<void>;
}

/** Polls `body` in the page until it returns a truthy value; fails with `what` and the last value. */
export async function waitFor<T>(driver: Driver, what: string, body: string, arg?: unknown, timeoutMs = 20_000): Promise<T> {
  const started = Date.now();
  let last: unknown;
  let lastError: unknown;
  for (;;) {
    try {
      last = await driver.evaluate<T>(body, arg);
      if (last) return last as T;
    } catch (error) {
      // A navigation in progress destroys the execution context; try again.
      lastError = error;
    }
    if (Date.now() - started > timeoutMs) {
      const detail = lastError ? ` (last error: ${String(lastError).split('\n')[0]})` : ` (last value: ${JSON.stringify(last)})`;
      throw new Error(`Timed out after ${timeoutMs / 1000} s waiting for ${what}${detail}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
