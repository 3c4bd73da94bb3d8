/** Checks on the built content that editors would otherwise only notice by reading. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { courseSessionSlidesPath } from '../../src/lib/urls';
import { contentChapters } from '../support/content';

const PLAY_SECTIONS = ['doel', 'wanneer-gebruik-je-deze-werkvorm', 'stappen', 'valkuilen', 'varianten', 'verder-lezen'];

function h2Ids(path: string): string[] {
  const html = readFileSync(`dist${path}index.html`, 'utf8');
  const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
  return [...main.matchAll(/<h2[^>]*\sid="([^"]+)"/g)].map((match) => match[1]!);
}

describe('content shape', () => {
  const chapters = contentChapters();

  it('gives every play the same sections in the same order', () => {
    const plays = chapters.filter((chapter) => readFileSync(chapter.file, 'utf8').match(/^type: play$/m));
    expect(plays.length).toBeGreaterThanOrEqual(6);
    for (const play of plays) {
      const sections = h2Ids(play.path).filter((id) => PLAY_SECTIONS.includes(id));
      expect(sections, play.path).toEqual(PLAY_SECTIONS);
    }
  });

  it('ends every chapter with links onward', () => {
    for (const chapter of chapters) expect(h2Ids(chapter.path), chapter.path).toContain('verder-lezen');
  });

  it('ends every chapter and play with 3 to 5 "Bespreek samen" questions, all gathered on /trainers/', () => {
    const trainers = readFileSync('dist/trainers/index.html', 'utf8');
    const decode = (text: string) => text.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');
    for (const chapter of chapters) {
      const html = readFileSync(`dist${chapter.path}index.html`, 'utf8');
      const section = /<section class="discussion"[\s\S]*?<\/section>/.exec(html)?.[0];
      expect(section, chapter.path).toBeDefined();
      const questions = [...section!.matchAll(/<li[^>]*>([^<]+)<\/li>/g)].map((match) => decode(match[1]!));
      expect(questions.length, chapter.path).toBeGreaterThanOrEqual(3);
      expect(questions.length, chapter.path).toBeLessThanOrEqual(5);
      expect(h2Ids(chapter.path).at(-1), chapter.path).toBe('bespreek-samen');
      for (const question of questions) expect(decode(trainers), `${chapter.path}: ${question}`).toContain(question);
    }
  });

  it('gives every play a facilitator guide', () => {
    const plays = chapters.filter((chapter) => readFileSync(chapter.file, 'utf8').match(/^type: play$/m));
    for (const play of plays) expect(h2Ids(play.path), play.path).toContain('handleiding-voor-de-begeleider');
  });

  it('lists no planned link whose page now exists', () => {
    const planned = (yaml.load(readFileSync('content/planned-links.yaml', 'utf8')) as string[] | null) ?? [];
    expect(planned.filter((path) => existsSync(`dist${path}index.html`))).toEqual([]);
  });
  it('gives every session of every programme, in both languages, a deck whose programme slide is the session’s agenda, with a slide per block and its guide as notes', () => {
    const decode = (text: string) => text.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');
    interface Item { minutes: number; title: string; break?: true; rolePlay?: unknown; guide?: { say: string[] } }
    for (const [locale, folder] of [['nl', 'content/course'], ['en', 'content/en/course']] as const) {
      for (const name of readdirSync(folder)) {
        const programme = yaml.load(readFileSync(`${folder}/${name}`, 'utf8')) as { slug: string; sessions: { title: string; agenda: Item[] }[] };
        programme.sessions.forEach((session, index) => {
          const path = courseSessionSlidesPath(programme.slug, index + 1, locale);
          expect(existsSync(`dist${path}index.html`), path).toBe(true);
          const html = decode(readFileSync(`dist${path}index.html`, 'utf8'));
          const agenda = /<table class="slide__agenda[\s\S]*?<\/table>/.exec(html)?.[0] ?? '';
          const rows = [...agenda.matchAll(/<tr[^>]*>\s*<td class="slide__agenda-time[^"]*"[^>]*>[\s\S]*?<\/td>\s*<td[^>]*>([^<]*)<\/td>/g)].map((match) => match[1]!.trim());
          expect(rows, path).toEqual(session.agenda.map((item) => item.title));
          for (const item of session.agenda.filter((each) => !each.break)) {
            expect(html, `${path}: ${item.title}`).toContain(`<h2 class="slide__heading">${item.title}</h2>`);
            expect(html, `${path}: notes of ${item.title}`).toContain(item.guide!.say[0]!.replace(/\s+/g, ' ').trim().slice(0, 50));
          }
          const rotations = html.match(/<table class="course__rotation"/g)?.length ?? 0;
          expect(rotations, path).toBe(session.agenda.filter((item) => item.rolePlay).length);
        });
      }
    }
  });
});
