/**
 * Makes `astro build`'s output readable for a person. Astro renders several pages at once
 * and logs each as it starts ("├─ /path/index.html") and again as it ends ("(+49ms)"), so
 * with concurrency the page list runs together on single lines, followed by stray "(+49ms)"
 * lines. The page list says nothing a reader needs (Astro's "215 page(s) built" follows), so
 * it is left out; every other line passes unchanged. BUILD_LOG=full keeps Astro's own log
 * (the benchmark reads each page's time from it: build-phases.mjs).
 */
// Colour codes in the build log: the escape character is what the pattern must match.
// eslint-disable-next-line no-control-regex
const ANSI = /\x1b\[[0-9;]*m/g;

/**
 * A line of the page list: a route ("├─ /rol/index.html"), or only the time of one that ended.
 * @param {string} line
 */
export function isPageListLine(line) {
  const text = line.replace(ANSI, '');
  return /[├└]─ \//.test(text) || /^\s*(\d\d:\d\d:\d\d\s+)?\(\+[\d.]+m?s\)\s*$/.test(text);
}

/**
 * A line filter for a stream of chunks: feed it chunks, it calls `write` with whole lines that
 * are kept (newline included); `end()` flushes a last line without a newline.
 * @param {(text: string) => void} write
 */
export function pageListFilter(write) {
  let pending = '';
  return {
    /** @param {string} chunk */
    push(chunk) {
      pending += chunk;
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) if (!isPageListLine(line)) write(`${line}\n`);
    },
    end() {
      if (pending && !isPageListLine(pending)) write(pending);
      pending = '';
    },
  };
}
