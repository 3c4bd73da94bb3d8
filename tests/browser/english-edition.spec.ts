/**
 * The journeys that matter, in both languages (one test per language, not a copy): the
 * language switch, search, an assessment with resume and a share link opened in the other
 * language, a team profile of Dutch and English members' codes, a tool, and print. Every
 * label comes from the dictionaries, so the Dutch and the English run assert the same thing.
 */
import type { Page } from '@playwright/test';
import { en } from '../../src/i18n/en/index';
import { nl } from '../../src/i18n/nl/index';
import type { Assessment } from '../../src/tools/assessment/model';
import { encodeResult } from '../../src/tools/assessment/result-code';
import { assessment as assessmentEn } from '../../src/tools/assessment/strings/en';
import { assessment as assessmentNl } from '../../src/tools/assessment/strings/nl';
import { nps as npsEn } from '../../src/tools/nps/strings/en';
import { nps as npsNl } from '../../src/tools/nps/strings/nl';
import { search as searchEn } from '../../src/tools/search/strings/en';
import { search as searchNl } from '../../src/tools/search/strings/nl';
import { teamProfile as teamProfileEn } from '../../src/tools/team-profile/strings/en';
import { teamProfile as teamProfileNl } from '../../src/tools/team-profile/strings/nl';
import { freshContext } from '../support/chromium';
import { contentAssessments } from '../support/assessments';
import { answerWithKeyboard, openAssessment, tabTo } from './assessment-helpers';
import { expect, test, visit, visitHydrated } from './fixtures';

type Locale = 'nl' | 'en';

/** Each language's words and the addresses of the same pages. */
const EDITIONS = {
  nl: {
    site: nl,
    searchWords: searchNl,
    assessment: assessmentNl,
    teamProfile: teamProfileNl,
    nps: npsNl,
    home: '/',
    chapter: '/rol/vier-eigenschappen/',
    search: '/zoeken/',
    assessmentPath: (slug: string) => `zelfscans/${slug}/`,
    teamProfilePath: '/hulpmiddelen/teamprofiel/',
    npsPath: '/hulpmiddelen/nps/',
    assessments: contentAssessments('content/assessments'),
  },
  en: {
    site: en,
    searchWords: searchEn,
    assessment: assessmentEn,
    teamProfile: teamProfileEn,
    nps: npsEn,
    home: '/en/',
    chapter: '/en/role/four-qualities/',
    search: '/en/search/',
    assessmentPath: (slug: string) => `en/self-assessments/${slug}/`,
    teamProfilePath: '/en/tools/team-profile/',
    npsPath: '/en/tools/nps/',
    assessments: contentAssessments('content/en/assessments'),
  },
} as const;
const other = (locale: Locale): Locale => (locale === 'nl' ? 'en' : 'nl');
const assessmentIn = (locale: Locale, id: string) => EDITIONS[locale].assessments.find((each) => each.id === id)!;
const slugOf = (assessment: Assessment) => (assessment as Assessment & { slug?: string }).slug ?? assessment.id;

/** Queries an English reader would type, and the page that must be in the top three. */
const ENGLISH_QUERIES: [query: string, page: string][] = [
  ['absenteeism', '/en/client/learning-from-a-real-client-question/'],
  ['internal client', '/en/glossary/'],
  ['purpose', '/en/change/purpose-conversation/'],
  ['first meeting', '/en/role/first-meeting/'],
  ['net promoter score', '/en/team/measuring-client-satisfaction/'],
  ['team day', '/en/team/client-focus-team-day/'],
  ['taking a position', '/en/role/taking-a-position/'],
  ['standing your ground', '/en/role/taking-a-position/'],
  ['hand over tasks', '/en/role/handing-over-operational-work/'],
  ['autonomy', '/en/change/motivation/'],
  ['recruitment', '/en/change/recruitment-and-selection/'],
  ['learning programme', '/en/learning/designing-a-learning-programme/'],
  ['system world', '/en/team/rules-and-purpose/'],
];

async function topResults(page: Page, status: string, count = 3): Promise<string[]> {
  await expect(page.locator('.search__status')).toContainText(status);
  return (await page.locator('.search-hit__title').evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname))).slice(0, count);
}

for (const locale of ['nl', 'en'] as const) {
  const edition = EDITIONS[locale];
  const counterpart = EDITIONS[other(locale)];

  test(`${locale}: the language switch leads to the same page in the other language, by keyboard, and back`, async ({ page, baseURL }) => {
    const at = (path: string) => `${baseURL}${path.slice(1)}`;
    await visit(page, edition.home);
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    const toOther = page.getByRole('link', { name: counterpart.site.language.name, exact: true });
    await expect(toOther).toHaveAttribute('hreflang', other(locale));
    await expect(toOther).toHaveAttribute('lang', other(locale));
    await tabTo(page, toOther, 10);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(at(counterpart.home));
    await expect(page.locator('html')).toHaveAttribute('lang', other(locale));

    await visit(page, edition.chapter);
    await page.getByRole('link', { name: counterpart.site.language.name, exact: true }).click();
    await expect(page).toHaveURL(at(counterpart.chapter));
    await page.getByRole('link', { name: edition.site.language.name, exact: true }).click();
    await expect(page).toHaveURL(at(edition.chapter));
    await expect(page.getByRole('link', { name: edition.site.home }).first()).toHaveAttribute('href', edition.home);
  });

  test(`${locale}: search finds pages of this language only, with this language's filters`, async ({ page }) => {
    const query = locale === 'nl' ? 'teamdag' : 'team day';
    await visitHydrated(page, `${edition.search}?q=${encodeURIComponent(query)}`);
    const results = await topResults(page, edition.searchWords.count(2, query).replace(/^\d+ \S+/, '').trim(), 50);
    expect(results.length).toBeGreaterThan(1);
    expect(results.filter((path) => path.startsWith('/en/') !== (locale === 'en'))).toEqual([]);
    for (const label of [edition.searchWords.types.hoofdstuk, edition.searchWords.types.play, edition.searchWords.types.assessment]) {
      await expect(page.getByRole('checkbox', { name: new RegExp(`^${label}`) })).toBeAttached();
    }
  });

  test(`${locale}: an assessment resumes after a reload, and its share link opens in the other language`, async ({ page, baseURL }) => {
    const assessment = assessmentIn(locale, 'effectief-adviseren');
    const words = edition.assessment;
    await openAssessment(page, assessment.id, edition.assessmentPath(slugOf(assessment)));
    await page.getByRole('button', { name: words.start }).click();
    const values = assessment.items.map((_, index) => (index % 5) + 1);
    await answerWithKeyboard(page, assessment, values.slice(0, 6), 0, page, words);
    await page.reload();
    await expect(page.locator('.assessment-widget[data-ready="true"]')).toBeVisible();
    await page.getByRole('button', { name: words.resume(7, assessment.items.length) }).click();
    await answerWithKeyboard(page, assessment, values.slice(6), 6, page, words);
    await expect(page.getByRole('heading', { name: words.resultTitle, level: 2 })).toBeFocused();
    const code = (await page.getByTestId('result-code').textContent())!.trim();

    await page.getByRole('button', { name: words.share.copyLink }).click();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toBe(`${baseURL}${edition.assessmentPath(slugOf(assessment))}#resultaat=${code}`);

    // The same code opened on the other language's page shows the result in that language.
    const otherAssessment = assessmentIn(other(locale), assessment.id);
    const viewerContext = await freshContext({ baseURL });
    try {
      const viewer = viewerContext.pages()[0] ?? (await viewerContext.newPage());
      await viewer.goto(`${counterpart.assessmentPath(slugOf(otherAssessment))}#resultaat=${code}`);
      await expect(viewer.getByRole('heading', { name: counterpart.assessment.shared.title })).toBeVisible();
      const names = await viewer.locator('.result__dimension h3').allTextContents();
      expect(names).toEqual(otherAssessment.dimensions.map((dimension) => dimension.name));
      expect(names).not.toEqual(assessment.dimensions.map((dimension) => dimension.name));
    } finally {
      await viewerContext.close();
    }
  });

  test(`${locale}: a team profile combines three Dutch and two English members' codes`, async ({ page }) => {
    test.setTimeout(90_000);
    // Two members take the team assessment in the browser, one on each edition; three more codes are written directly.
    const codes: string[] = [];
    for (const [memberLocale, values] of [
      ['nl', (index: number) => (index % 4) + 2],
      ['en', (index: number) => (index % 3) + 3],
    ] as const) {
      const assessment = assessmentIn(memberLocale, 'klantgerichtheid-team');
      const words = EDITIONS[memberLocale].assessment;
      await openAssessment(page, assessment.id, EDITIONS[memberLocale].assessmentPath(slugOf(assessment)));
      await page.getByRole('radio', { name: assessment.role!.member }).check();
      await page.getByRole('button', { name: words.startKind(words.kindNoun.teamscan) }).click();
      await answerWithKeyboard(page, assessment, assessment.items.map((_, index) => values(index)), 0, page, words);
      codes.push((await page.getByTestId('result-code').textContent())!.trim());
    }
    const kt = assessmentIn('nl', 'klantgerichtheid-team');
    const written = (scores: number[], month: string) => encodeResult({ code: kt.code, version: kt.version, month, role: 'member', scores }, 1, 5);
    codes.push(written([1.5, 3, 2.5, 3.5, 4.5, 3], '2026-11'), written([4.5, 3.2, 2.8, 3.5, 4.25, 3.5], '2026-11'), written([2, 3.5, 2.2, 4, 4.5, 2.5], '2026-11'));
    expect(codes.slice(0, 2).every((code) => code.startsWith(`${kt.code}${kt.version}-`))).toBe(true);

    await visitHydrated(page, edition.teamProfilePath);
    await page.getByLabel(edition.teamProfile.codesLabel).fill(codes.join('\n'));
    await expect(page.getByText(edition.teamProfile.counted(5))).toBeVisible();
    await page.getByRole('button', { name: edition.teamProfile.makeProfile }).click();
    await expect(page.getByRole('heading', { name: edition.teamProfile.profileTitle(5) })).toBeVisible();
    const names = await page.locator('.team-profile__dimensions .team-dimension__name').allTextContents();
    expect(names.sort()).toEqual(assessmentIn(locale, 'klantgerichtheid-team').dimensions.map((dimension) => dimension.name).sort());
  });

  test(`${locale}: the NPS calculator works and speaks this language`, async ({ page }) => {
    await visitHydrated(page, edition.npsPath);
    const counts = [0, 0, 0, 1, 0, 1, 1, 4, 4, 5, 4];
    for (const [score, count] of counts.entries()) if (count) await page.getByLabel(edition.nps.scoreLabel(score), { exact: true }).fill(String(count));
    await expect(page.getByTestId('nps-score')).toHaveText('+30');
    await expect(page.getByRole('table', { name: edition.nps.tableCaption })).toBeVisible();
  });

  test(`${locale}: a chapter prints with its address and QR code in this language`, async ({ page }) => {
    await visit(page, edition.chapter);
    await page.emulateMedia({ media: 'print' });
    const header = page.locator('.print-header');
    await expect(header).toBeVisible();
    await expect(header).toContainText(edition.site.print.onlineAt);
    await expect(header.locator('svg').first()).toHaveAccessibleName(edition.site.print.qrLabel(await page.locator('h1').first().innerText()));
    await expect(page.locator('.site-header')).toBeHidden();
  });
}

test('the English search finds the page a reader needs in the top three', async ({ page }) => {
  const misses: string[] = [];
  await visitHydrated(page, '/en/search/');
  const searchbox = page.getByRole('searchbox');
  for (const [query, expected] of ENGLISH_QUERIES) {
    await searchbox.fill(query);
    const top = await topResults(page, `for “${query}”`);
    if (!top.includes(expected)) misses.push(`“${query}” should find ${expected}, top three: ${top.join(', ') || 'nothing'}`);
  }
  expect(misses).toEqual([]);
});
