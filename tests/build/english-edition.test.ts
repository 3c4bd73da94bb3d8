/**
 * The English edition, checked over the built site: every page has its counterpart in the
 * other language (hreflang both ways, and the language switch leads there), every page says
 * its language, the sitemap carries the alternates, search has an index per language, and no
 * Dutch interface text or Dutch sentence shows on an English page.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en/index';
import { nl } from '../../src/i18n/nl/index';
import { DUTCH_FUNCTION_WORDS } from '../support/dutch-words';
import { builtPages } from '../support/site';

const SITE = 'https://adviesplaybook.example';
const dist = 'dist';
const html = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');
const pages = builtPages(dist);
const english = pages.filter((path) => path.startsWith('/en/'));
const dutch = pages.filter((path) => !path.startsWith('/en/'));
const isIndexable = (page: string) => !/<meta name="robots" content="[^"]*noindex/.test(page) && !/<meta http-equiv="refresh"/.test(page);
const alternatesOf = (page: string) =>
  Object.fromEntries([...page.matchAll(/<link rel="alternate" hreflang="([a-z-]+)" href="([^"]+)"/g)].map((match) => [match[1]!, match[2]!.replace(SITE, '')]));

/** What a reader sees or hears of an English page: its text and its labels, without what is marked Dutch. */
function readerText(page: string): string {
  const withoutCode = page.replace(/<script[\s\S]*?<\/script>/g, ' ').replace(/<style[\s\S]*?<\/style>/g, ' ');
  const withoutDutch = withoutCode.replace(/<(\w+)\b[^>]*\slang="nl"[^>]*>[\s\S]*?<\/\1>/g, ' ');
  const labels = [...withoutDutch.matchAll(/\s(?:aria-label|title|alt|placeholder)="([^"]*)"/g)].map((match) => match[1]);
  return [withoutDutch.replace(/<[^>]+>/g, '\n'), ...labels]
    .join('\n')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/[ \t]+/g, ' ');
}

/** Every Dutch interface sentence (three words or more) that the English dictionary words differently. */
function dutchInterfaceSentences(dutchValue: unknown, englishValue: unknown, found: Set<string> = new Set()): Set<string> {
  if (typeof dutchValue === 'string') {
    const text = dutchValue.replace(/\s+/g, ' ').trim();
    if (text !== englishValue && text.split(' ').length >= 3) found.add(text);
  } else if (Array.isArray(dutchValue)) {
    dutchValue.forEach((item, index) => dutchInterfaceSentences(item, (englishValue as unknown[] | undefined)?.[index], found));
  } else if (dutchValue && typeof dutchValue === 'object') {
    for (const [key, item] of Object.entries(dutchValue)) dutchInterfaceSentences(item, (englishValue as Record<string, unknown> | undefined)?.[key], found);
  }
  return found;
}

const toolStrings = import.meta.glob<Record<string, unknown>>('../../src/tools/*/strings/{nl,en}.ts', { eager: true });

describe('English edition', () => {
  it('has an English page for every Dutch page, and the other way round (old addresses that forward are Dutch only)', () => {
    const forwards = (path: string) => /<meta http-equiv="refresh"/.test(html(path));
    expect(english.length).toBeGreaterThan(80);
    expect(english.filter(forwards)).toEqual([]);
    expect(english.length).toBe(dutch.filter((path) => !forwards(path)).length);
    // Every page but an embed frame leads to its counterpart, which leads back.
    const switchOf = (path: string) => html(path).match(/<a class="language-switch" href="([^"]+)"/)?.[1];
    const problems = pages
      .filter((path) => !forwards(path) && !/<html[^>]*data-embed/.test(html(path)))
      .flatMap((path) => {
        const target = switchOf(path);
        if (!target || !pages.includes(target)) return [`${path}: the language switch leads to ${target}, no such page`];
        return switchOf(target) === path ? [] : [`${path}: ${target} leads back to ${switchOf(target)}`];
      });
    expect(problems).toEqual([]);
  });

  it('links every indexable page to its counterpart with hreflang, both ways, and the counterpart exists', () => {
    const problems: string[] = [];
    for (const path of pages.filter((each) => isIndexable(html(each)))) {
      const alternates = alternatesOf(html(path));
      const own = path.startsWith('/en/') ? 'en' : 'nl';
      const other = own === 'en' ? 'nl' : 'en';
      if (alternates[own] !== path) problems.push(`${path}: hreflang="${own}" is ${alternates[own]}`);
      if (alternates['x-default'] !== alternates.nl) problems.push(`${path}: x-default is not the Dutch page`);
      const target = alternates[other];
      if (!target || !pages.includes(target)) problems.push(`${path}: hreflang="${other}" leads to ${target}, no such page`);
      else if (alternatesOf(html(target))[own] !== path) problems.push(`${path}: ${target} does not link back`);
    }
    expect(problems).toEqual([]);
  });

  it('says the language on every page, and offers the same page in the other language', () => {
    const problems: string[] = [];
    for (const path of pages) {
      const page = html(path);
      const lang = page.match(/<html lang="([a-z]+)"/)?.[1];
      const own = path.startsWith('/en/') ? 'en' : 'nl';
      if (lang !== own) problems.push(`${path}: <html lang="${lang}">`);
      if (/data-embed/.test(page.match(/<html[^>]*>/)![0]) || /http-equiv="refresh"/.test(page)) continue;
      const other = own === 'en' ? 'nl' : 'en';
      const link = page.match(/<a class="language-switch" href="([^"]+)" hreflang="([a-z]+)" lang="([a-z]+)"/);
      if (!link) problems.push(`${path}: no language switch`);
      else if (link[2] !== other || link[3] !== other) problems.push(`${path}: the switch says hreflang="${link[2]}" lang="${link[3]}"`);
      else if (isIndexable(page) && link[1] !== alternatesOf(page)[other]) problems.push(`${path}: the switch leads to ${link[1]}, not to the counterpart`);
      else if (!pages.includes(link[1]!) && link[1] !== '/404/') problems.push(`${path}: the switch leads to ${link[1]}, no such page`);
    }
    expect(problems).toEqual([]);
  });

  it('shows no Dutch interface text on an English page', () => {
    const sentences = dutchInterfaceSentences(nl, en);
    for (const [file, module] of Object.entries(toolStrings)) {
      if (!file.endsWith('/nl.ts')) continue;
      const englishModule = toolStrings[file.replace(/nl\.ts$/, 'en.ts')]!;
      for (const [name, value] of Object.entries(module)) dutchInterfaceSentences(value, englishModule[name], sentences);
    }
    expect(sentences.size).toBeGreaterThan(200);
    const found = english.flatMap((path) => {
      const text = readerText(html(path)).replace(/\s+/g, ' ');
      return [...sentences].filter((sentence) => text.includes(sentence)).map((sentence) => `${path}: “${sentence}”`);
    });
    expect(found).toEqual([]);
  });

  it('has no Dutch sentence on an English page, other than what is marked lang="nl"', () => {
    const found = english.flatMap((path) =>
      readerText(html(path))
        .split(/\n|(?<=[.!?])\s/)
        .filter((line) => new Set((line.toLowerCase().match(/[a-zà-ÿ]+/g) ?? []).filter((word) => DUTCH_FUNCTION_WORDS.has(word))).size >= 3)
        .map((line) => `${path}: “${line.trim().slice(0, 100)}”`),
    );
    expect(found).toEqual([]);
  });

  it('lists both editions in the sitemap, each URL with its counterpart', () => {
    const sitemap = readFileSync(join(dist, 'sitemap.xml'), 'utf8');
    const urls = [...sitemap.matchAll(/<url>([\s\S]*?)<\/url>/g)].map((match) => match[1]!);
    const englishUrls = urls.filter((url) => url.includes(`<loc>${SITE}/en/`));
    expect(englishUrls.length).toBeGreaterThan(60);
    expect(englishUrls.length).toBe(urls.length - englishUrls.length);
    for (const url of urls) {
      expect(url).toMatch(/<xhtml:link rel="alternate" hreflang="nl" href="[^"]+"\/><xhtml:link rel="alternate" hreflang="en" href="[^"]+"\/>/);
    }
    const chapter = urls.find((url) => url.includes(`<loc>${SITE}/rol/vier-eigenschappen/</loc>`));
    expect(chapter).toContain(`hreflang="en" href="${SITE}/en/role/four-qualities/"`);
  });

  it('indexes each language on its own for search, with the same pages in both', () => {
    const entry = JSON.parse(readFileSync(join(dist, 'pagefind/pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    expect(Object.keys(entry.languages).sort()).toEqual(['en', 'nl']);
    expect(entry.languages.en!.page_count).toBe(entry.languages.nl!.page_count);
  });

  it('gives every English chapter its own link-preview image in English', () => {
    const parts = (yaml.load(readFileSync('content/en/parts.yaml', 'utf8')) as { slug: string }[]).map((part) => part.slug);
    const chapters = english.filter((path) => new RegExp(`^/en/(${parts.join('|')})/[^/]+/$`).test(path));
    expect(chapters.length).toBeGreaterThanOrEqual(20);
    for (const path of chapters) {
      const image = html(path).match(/<meta property="og:image" content="([^"]+)"/)![1]!.replace(SITE, '');
      expect(image).toBe(`/og${path.replace(/\/$/, '')}.png`);
      expect(existsSync(join(dist, image))).toBe(true);
    }
    expect(html('/en/').match(/<meta property="og:image" content="([^"]+)"/)![1]).toBe(`${SITE}/og/en/site.png`);
    expect(html('/en/').match(/<meta property="og:locale" content="([^"]+)"/)![1]).toBe('en_GB');
  });
});
