/**
 * The sitemap lists every page a search engine may index, and nothing else: a built page
 * without `noindex` (and not a redirect) is in it, and every URL in it is such a page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages } from '../support/site';

const SITE = 'https://adviesplaybook.example';

describe('sitemap.xml', () => {
  const listed = [...readFileSync('dist/sitemap.xml', 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!.replace(SITE, ''));
  const indexable = builtPages('dist').filter((path) => {
    const html = readFileSync(join('dist', path, 'index.html'), 'utf8');
    return !/<meta name="robots" content="[^"]*noindex/.test(html) && !/<meta http-equiv="refresh"/.test(html);
  });

  it('lists every indexable page, the trainers’ material included', () => {
    expect(indexable.filter((path) => !listed.includes(path))).toEqual([]);
    expect(listed).toEqual(expect.arrayContaining(['/trainers/leertraject/', '/werkbladen/', '/casussen/', '/jouw-gegevens/']));
  });

  it('lists only pages that exist and may be indexed, each once', () => {
    expect(listed.filter((path) => !indexable.includes(path))).toEqual([]);
    expect(new Set(listed).size).toBe(listed.length);
  });
});
