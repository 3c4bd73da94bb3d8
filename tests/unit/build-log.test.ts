import { describe, expect, it } from 'vitest';
import { isPageListLine, pageListFilter } from '../../scripts/lib/build-log.mjs';

describe('the build log filter', () => {
  it('drops the page list, run-together lines and stray times, and keeps everything else', () => {
    const kept: string[] = [];
    const filter = pageListFilter((text: string) => kept.push(text));
    const log = [
      'Building a preview for http://localhost:4321.\n',
      '07:57:48 [build] Rearranging server assets...\n\n generating static routes \n',
      '07:57:51   ├─ /404.html07:57:51   ├─ /casussen/im-vernietigingsronde/index.html07:57:51   ├─ /casussen/hr-vacature-direct/index.html (+100ms) \n',
      '07:57:51   ├─ /casussen/ict-app-deze-maand/index.html (+96ms) \n',
      '07:57:52   └─ /zoeken/index.html (+13ms) \n',
      ' (+49ms)\n',
      '\x1b[2m07:57:53\x1b[22m \x1b[32m✓ Completed in 2.21s.\x1b[39m\n',
      '07:57:54 [build] 215 page(s) built in 18.86s\n',
      'last line without a newline',
    ];
    // Chunks split mid-line, as a pipe delivers them.
    for (const chunk of log.join('').match(/[\s\S]{1,37}/g)!) filter.push(chunk);
    filter.end();
    expect(kept.join('')).toBe(
      'Building a preview for http://localhost:4321.\n07:57:48 [build] Rearranging server assets...\n\n generating static routes \n\x1b[2m07:57:53\x1b[22m \x1b[32m✓ Completed in 2.21s.\x1b[39m\n07:57:54 [build] 215 page(s) built in 18.86s\nlast line without a newline',
    );
  });

  it('keeps lines that merely mention a path or a time', () => {
    expect(isPageListLine('07:31:13 [adviesplaybook:search-index] Search index: 70 pages; 1116 ms.')).toBe(false);
    expect(isPageListLine('error: /rol/index.html failed (+3ms later)')).toBe(false);
  });
});
