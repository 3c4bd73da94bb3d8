import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toolRegistry } from '../registry';
import { toolPath } from '../../lib/urls';
import type { StorageLike } from '../../lib/storage';
import {
  type Answers,
  answerProblem,
  clearProgress,
  emptyAnswers,
  firstOpenQuestion,
  hasAnswers,
  loadProgress,
  saveProgress,
  TEXT_LIMIT,
  validateProgress,
  verdictFor,
  progressStorage,
} from './purpose-check';
import { contentChapters } from '../../../tests/support/content';
import { loadToolData } from '../../../tests/support/tool-data';
import { dataSchema as purposeCheckContentSchema } from './data-schema';

/** The check's content as the build reads it (content/tools/purpose-check.yaml), in the shapes these tests were written against. */
const content = loadToolData('purpose-check', purposeCheckContentSchema);
const QUESTIONS = content.questions;
const VERDICTS = Object.fromEntries(content.verdicts.map((verdict) => [verdict.id, { id: verdict.id, steps: verdict.steps.length, links: verdict.links }]));
const LINKS = Object.fromEntries(content.links.map((link) => [link.id, link.path]));
const strings = {
  questions: Object.fromEntries(
    content.questions.map((question) => [question.id, { title: question.title, legend: question.text?.legend, options: Object.fromEntries(question.options.map((option) => [option.id, option.label])) }]),
  ),
  reasons: Object.fromEntries(content.reasons.map((reason) => [reason.id, reason.text])),
  verdicts: Object.fromEntries(content.verdicts.map((verdict) => [verdict.id, { title: verdict.title, text: verdict.text }])),
  steps: Object.fromEntries(content.verdicts.map((verdict) => [verdict.id, verdict.steps])),
  links: Object.fromEntries(content.links.map((link) => [link.id, link.label])),
};

const answersOf = (choices: Record<string, string>, text = 'Foutmeldingen van 10% naar 5%'): Answers => {
  const answers = emptyAnswers(content);
  for (const question of QUESTIONS) answers[question.id] = { choice: choices[question.id] ?? null, text: question.id === 'resultaat' ? text : '' };
  return answers;
};

const allGood = { resultaat: 'meetbaar', klant: 'concreet', besluit: 'team', eerst: 'ja', noodzaak: 'ja', beleving: 'missie' };

/** Any complete set of answers. */
const completeAnswers = fc
  .tuple(...QUESTIONS.map((question) => fc.constantFrom(...question.options.map((option) => option.id))))
  .map((choices) => answersOf(Object.fromEntries(QUESTIONS.map((question, index) => [question.id, choices[index]!]))));

function memoryStorage(initial: Record<string, string> = {}): StorageLike & { data: Record<string, string> } {
  const data = { ...initial };
  return {
    data,
    getItem: (key) => data[key] ?? null,
    setItem: (key, value) => {
      data[key] = value;
    },
    removeItem: (key) => {
      delete data[key];
    },
  };
}

describe('waartoe: the verdict', () => {
  it('is "a training can help" only when every answer is what the chapter asks for', () => {
    expect(verdictFor(content, answersOf(allGood))).toEqual({ id: 'training-kan-helpen', reasons: [], blockers: [], gaps: [] });
  });

  it('is "order no training yet" without a measurable result, whatever else is fine', () => {
    expect(verdictFor(content, answersOf({ ...allGood, resultaat: 'algemeen' }))).toMatchObject({ id: 'geen-training', reasons: ['doel-vaag'] });
    expect(verdictFor(content, answersOf({ ...allGood, klant: 'weet-niet', besluit: 'alleen', beleving: 'oordeel' }))).toEqual({
      id: 'geen-training',
      reasons: ['klant-onbekend', 'van-bovenaf', 'oordeel'],
      blockers: ['klant-onbekend'],
      gaps: ['van-bovenaf', 'oordeel'],
    });
  });

  it('is "first sharpen the goal together" when the goal is there but the team is not', () => {
    expect(verdictFor(content, answersOf({ ...allGood, besluit: 'alleen', eerst: 'nee', noodzaak: 'nee', beleving: 'oordeel' }))).toEqual({
      id: 'eerst-samen',
      reasons: ['van-bovenaf', 'volgorde', 'noodzaak-onbekend', 'oordeel'],
      blockers: [],
      gaps: ['van-bovenaf', 'volgorde', 'noodzaak-onbekend', 'oordeel'],
    });
    expect(verdictFor(content, answersOf({ ...allGood, resultaat: 'meetbaar-zonder-beginpunt' }))).toMatchObject({ id: 'eerst-samen', reasons: ['geen-nulmeting'] });
  });

  it('names each reason once, even when two answers share it', () => {
    expect(verdictFor(content, answersOf({ ...allGood, resultaat: 'algemeen', klant: 'weet-niet' }))?.reasons).toEqual(['doel-vaag', 'klant-onbekend']);
  });

  it('follows the rules for every combination of answers', () => {
    fc.assert(
      fc.property(completeAnswers, (answers) => {
        const verdict = verdictFor(content, answers)!;
        const chosen = QUESTIONS.map((question) => question.options.find((option) => option.id === answers[question.id].choice)!);
        const blocked = chosen.some((option) => option.concern === 'blocker');
        const gap = chosen.some((option) => option.concern === 'gap');
        expect(verdict.id).toBe(blocked ? 'geen-training' : gap ? 'eerst-samen' : 'training-kan-helpen');
        expect(new Set(verdict.reasons)).toEqual(new Set(chosen.flatMap((option) => (option.reason ? [option.reason] : []))));
      }),
    );
  });

  it('waits until every question is answered', () => {
    expect(verdictFor(content, emptyAnswers(content))).toBeNull();
    expect(verdictFor(content, answersOf({ ...allGood, beleving: '' }))).toBeNull();
    expect(verdictFor(content, answersOf(allGood, '   '))).toBeNull();
    expect(firstOpenQuestion(content, answersOf(allGood, ''))).toBe(0);
    expect(firstOpenQuestion(content, answersOf({ ...allGood, eerst: '' }))).toBe(3);
  });
});

describe('waartoe: one answer', () => {
  const [resultaat, klant] = QUESTIONS;
  it('asks for the result in words, a choice, and no endless text', () => {
    expect(answerProblem(resultaat!, { choice: 'meetbaar', text: '' })).toBe('text-required');
    expect(answerProblem(resultaat!, { choice: null, text: 'NPS +8' })).toBe('choose');
    expect(answerProblem(resultaat!, { choice: 'bestaat-niet', text: 'NPS +8' })).toBe('choose');
    expect(answerProblem(resultaat!, { choice: 'meetbaar', text: 'x'.repeat(TEXT_LIMIT + 1) })).toBe('text-too-long');
    expect(answerProblem(resultaat!, { choice: 'meetbaar', text: 'NPS +8' })).toBeNull();
    expect(answerProblem(klant!, { choice: 'vaag', text: '' })).toBeNull();
  });
});

describe('waartoe: questions, verdicts and links are complete', () => {
  it('every question, option, reason, verdict and link has its Dutch text', () => {
    expect(QUESTIONS.length).toBeGreaterThanOrEqual(6);
    for (const question of QUESTIONS) {
      const text = strings.questions[question.id];
      expect(text.title).toMatch(/\?$/);
      if (question.text) expect(text.legend).toBeTruthy();
      expect(Object.keys(text.options)).toEqual(question.options.map((option) => option.id));
      for (const option of question.options) if (option.concern) expect(strings.reasons[option.reason!]).toBeTruthy();
    }
    for (const verdict of Object.values(VERDICTS)) {
      expect(strings.verdicts[verdict.id].title).toBeTruthy();
      expect(strings.steps[verdict.id]).toHaveLength(verdict.steps);
      for (const link of verdict.links) expect(strings.links[link]).toBeTruthy();
    }
  });

  it('every verdict links to the waartoe play', () => {
    for (const verdict of Object.values(VERDICTS)) expect(verdict.links).toContain('waartoe-gesprek');
  });

  it('every link goes to an existing chapter or tool', () => {
    const chapters = new Set(contentChapters().map((chapter) => chapter.path));
    const toolPaths = new Set(toolRegistry.map((tool) => toolPath(tool.segments.nl, "nl")));
    for (const [id, path] of Object.entries(LINKS)) {
      const page = path.split('#')[0]!;
      expect(chapters.has(page) || toolPaths.has(page), `${id}: ${path}`).toBe(true);
    }
  });
});

describe('waartoe: kept on the device', () => {
  it('saves, resumes and clears', () => {
    const storage = memoryStorage();
    const answers = answersOf({ resultaat: 'meetbaar', klant: 'vaag' });
    expect(saveProgress(storage, answers, 2, new Date('2026-11-23T10:00:00Z'))).toEqual({ ok: true });
    expect(loadProgress(content, storage)).toEqual({ status: 'ok', value: { schema: 1, answers, position: 2, updatedAt: '2026-11-23T10:00:00.000Z' } });
    expect(hasAnswers(content, answers)).toBe(true);
    expect(clearProgress(storage)).toBe(true);
    expect(loadProgress(content, storage)).toEqual({ status: 'empty' });
  });

  it('a summary position with open questions resumes at the first open one', () => {
    const progress = validateProgress(content, { schema: 1, answers: answersOf({ resultaat: 'meetbaar' }), position: QUESTIONS.length, updatedAt: '2026-11-23T10:00:00Z' });
    expect(progress?.position).toBe(1);
  });

  it('damaged or unknown data is set aside, never overwritten', () => {
    for (const raw of ['{kapot', JSON.stringify({ schema: 2 }), JSON.stringify({ schema: 1, answers: { resultaat: { choice: 'misschien', text: '' } }, position: 0, updatedAt: '2026-11-23T10:00:00Z' })]) {
      const storage = memoryStorage({ [progressStorage.key]: raw });
      const loaded = loadProgress(content, storage);
      expect(loaded.status).toBe('recovered');
      if (loaded.status === 'recovered') expect(storage.data[loaded.backupKey]).toBe(raw);
    }
    expect(validateProgress(content, { schema: 1, answers: {}, position: 99, updatedAt: '2026-11-23T10:00:00Z' })).toBeUndefined();
    expect(validateProgress(content, { schema: 1, answers: { onbekend: { choice: null, text: '' } }, position: 0, updatedAt: '2026-11-23T10:00:00Z' })).toBeUndefined();
  });

  it('never throws on anything stored', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (raw) => {
        expect(() => validateProgress(content, raw)).not.toThrow();
      }),
    );
  });
});
