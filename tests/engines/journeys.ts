/**
 * The core journeys, written once and run in every engine (chromium.test.ts, firefox.test.ts,
 * webkit.test.ts). They use only what a reader does — clicks, key presses, reloads, a
 * fresh profile — and wait for what the reader would see, never for time.
 */
import { execFileSync } from 'node:child_process';
import { encodeResult } from '../../src/tools/assessment/result-code';
import { contentAssessment } from '../support/assessments';
import { waitFor, type Driver } from './driver';

export interface Journey {
  name: string;
  /** Left out (not skipped) where the engine offers no way to do it; named in the report. */
  needs?: 'print';
  run(driver: Driver): Promise<void>;
}

// In-page helpers, prepended to every page script: visibility, focus, and finding by text.
const HELPERS = `
  const shown = (el) => !!el && el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
  const text = (el) => (el?.textContent ?? '').replace(/\\s+/g, ' ').trim();
  const focused = () => document.activeElement;
`;
const page = <T>(driver: Driver, body: string, arg?: unknown) => driver.evaluate<T>(HELPERS + body, arg);
const until = <T>(driver: Driver, what: string, body: string, arg?: unknown) => waitFor<T>(driver, what, HELPERS + body, arg);

async function focusOn(driver: Driver, selector: string) {
  await until(driver, `${selector} to take focus`, 'const el = document.querySelector(arg); el?.focus(); return !!el && focused() === el;', selector);
}
async function hydrated(driver: Driver, selector: string) {
  await until(driver, `${selector} to be ready`, 'return !document.querySelector("astro-island[ssr]") && shown(document.querySelector(arg));', selector);
}

const ea = contentAssessment('effectief-adviseren');
const kt = contentAssessment('klantgerichtheid-team');

/** Answers `values.length` questions from question `from` (1-based) with Tab, Space, arrows and Enter. */
async function answerByKeyboard(driver: Driver, from: number, values: number[]) {
  for (const [offset, value] of values.entries()) {
    const number = from + offset;
    await until(driver, `question ${number} to have focus`, 'return text(focused()) === arg;', `Vraag ${number} van ${ea.items.length}`);
    await driver.press('Tab');
    await until(driver, 'a radio button to have focus', 'return focused()?.type === "radio";');
    await driver.press('Space');
    for (let step = 1; step < value; step++) await driver.press('ArrowDown');
    await until(driver, `answer ${value} to be checked`, 'return document.querySelector(".question input:checked")?.value === arg;', String(value));
    await driver.press('Enter');
  }
}

export const journeys: Journey[] = [
  {
    name: 'navigation: the mobile menu opens, closes with Escape, and its links lead on',
    async run(driver) {
      await driver.setViewport(375, 800);
      await driver.goto('/');
      await until(driver, 'the menu button, with the navigation folded away', 'return shown(document.querySelector(".menu-button")) && !shown(document.querySelector("#site-nav"));');
      await driver.click('.menu-button');
      await until(driver, 'the navigation to open', 'return document.querySelector(".menu-button").getAttribute("aria-expanded") === "true" && shown(document.querySelector("#site-nav a"));');
      await driver.press('Escape');
      await until(driver, 'Escape to close the menu and return focus', 'return !shown(document.querySelector("#site-nav a")) && focused() === document.querySelector(".menu-button");');
      await driver.press('Enter');
      await until(driver, 'Enter to open the menu again', 'return shown(document.querySelector("#site-nav a"));');
      const target = await page<string>(driver, 'return document.querySelector("#site-nav a").getAttribute("href");');
      await driver.click('#site-nav a');
      await until(driver, `the page ${target}`, 'return location.pathname === arg && !!document.querySelector("h1");', target);
    },
  },
  {
    name: 'search from the header: type, arrow into the results, Enter opens the page',
    async run(driver) {
      await driver.goto('/rol/');
      await until(driver, 'the search button in the header', 'return document.querySelector("search-trigger a")?.getAttribute("role") === "button";');
      await driver.click('search-trigger a');
      await until(driver, 'the search dialog with focus in its field', 'return shown(document.querySelector("dialog.search-dialog")) && focused()?.classList.contains("search__input");');
      await driver.type('autonomie');
      const status = await until<string>(driver, 'the results for the whole word', 'const s = text(document.querySelector(".search__status")); return /^\\d+ (resultaat|resultaten) voor “autonomie”$/.test(s) && s;');
      const top = await page<string[]>(driver, 'return [...document.querySelectorAll(".search-hit__title")].slice(0, 3).map((a) => new URL(a.href).pathname);');
      if (!top.includes('/veranderen/motivatie/')) throw new Error(`"${status}": /veranderen/motivatie/ is not in the top three (${top.join(', ')})`);
      await driver.press('ArrowDown');
      const href = await until<string>(driver, 'the first result to have focus', 'return focused()?.classList.contains("search-hit__title") && focused() === document.querySelector(".search-hit__title") && new URL(focused().href).pathname;');
      await driver.press('ArrowUp');
      await until(driver, 'ArrowUp to return to the field', 'return focused()?.classList.contains("search__input");');
      await driver.press('ArrowDown');
      await until(driver, 'the first result to have focus again', 'return focused() === document.querySelector(".search-hit__title");');
      await driver.press('Enter');
      await until(driver, `the page ${href}`, 'return location.pathname === arg;', href);
    },
  },
  {
    name: 'an assessment by keyboard: resumed after a reload, and its share link works in a fresh profile',
    async run(driver) {
      await driver.goto(`/zelfscans/${ea.id}/`);
      await hydrated(driver, '.assessment-widget[data-ready="true"]');
      const start = await until<string>(driver, 'the start button', 'const b = [...document.querySelectorAll(".assessment-widget button")].find((b) => text(b) === "Begin de zelfscan"); if (b) b.dataset.journey = "start"; return !!b;');
      if (!start) throw new Error('no start button');
      await focusOn(driver, 'button[data-journey="start"]');
      await driver.press('Enter');
      const values = ea.items.map((_, index) => ((index * 7 + 3) % 5) + 1);
      await answerByKeyboard(driver, 1, values.slice(0, 5));
      await until(driver, 'question 6 to have focus', 'return text(focused()) === arg;', `Vraag 6 van ${ea.items.length}`);

      await driver.reload();
      await hydrated(driver, '.assessment-widget[data-ready="true"]');
      await until(driver, 'the offer to resume at question 6', 'const b = [...document.querySelectorAll(".assessment-widget button")].find((b) => text(b) === arg); if (b) b.dataset.journey = "resume"; return !!b;', `Ga verder bij vraag 6 van ${ea.items.length}`);
      await focusOn(driver, 'button[data-journey="resume"]');
      await driver.press('Enter');
      await answerByKeyboard(driver, 6, values.slice(5));
      await until(driver, 'the result heading to have focus', 'return text(focused()) === "Je resultaat";');
      const code = await until<string>(driver, 'the result code', 'return text(document.querySelector("[data-testid=result-code]"));');
      if (!code.startsWith(`EA${ea.version}-`)) throw new Error(`unexpected result code ${code}`);
      const badges = await page<string[]>(driver, 'return [...document.querySelectorAll(".result__badge")].map(text);');
      if (badges.length !== ea.dimensions.length) throw new Error(`${badges.length} result cards for ${ea.dimensions.length} dimensions`);

      // The link the "Kopieer deellink" button copies (tests/browser/assessment.spec.ts checks that it is exactly this).
      const link = await page<string>(driver, 'return location.origin + location.pathname + "#resultaat=" + arg;', code);
      await driver.freshProfile();
      await driver.goto(link);
      await until(driver, 'the shared result', 'return [...document.querySelectorAll("h2, h3")].some((h) => text(h) === "Gedeeld resultaat");');
      const shared = await until<string[]>(driver, 'the shared result cards', 'const b = [...document.querySelectorAll(".result__badge")].map(text); return b.length === arg && b;', ea.dimensions.length);
      if (JSON.stringify(shared) !== JSON.stringify(badges)) throw new Error(`shared result ${shared.join(' | ')} differs from ${badges.join(' | ')}`);
      const stored = await page<string[]>(driver, 'return Object.keys(localStorage).filter((key) => key.startsWith("adviesplaybook:"));');
      if (stored.length > 0) throw new Error(`opening a share link stored ${stored.join(', ')}`);
    },
  },
  {
    name: 'the team profile from five members’ codes typed into its field, one per line',
    async run(driver) {
      // The profile appears from five members on (fewer would let anyone work out another's result).
      const codes = [
        [1.5, 3, 2.5, 3.5, 4.5, 3],
        [4.5, 3.2, 2.8, 3.5, 4.25, 3.5],
        [2, 3.5, 2.2, 4, 4.5, 2.5],
        [5, 2.8, 1.8, 3.2, 4.75, 4],
        [1.2, 3, 2.5, 3.8, 4.5, 3],
      ].map((scores) => encodeResult({ code: kt.code, version: kt.version, month: '2026-11', role: 'member', scores }, 1, 5));
      await driver.goto('/hulpmiddelen/teamprofiel/');
      await hydrated(driver, '.team-profile[data-ready="true"]');
      // Codes go in one batch, in the one field: there is no field that adds a single code.
      const field = await until<string>(driver, 'the field for the codes', 'const l = [...document.querySelectorAll("label")].find((l) => text(l) === "Plak de resultaatcodes van de teamleden"); return l?.control?.id;');
      await focusOn(driver, `#${field}`);
      for (const [index, code] of codes.entries()) {
        await driver.type(code);
        if (index < codes.length - 1) await driver.press('Enter');
      }
      // The profile is made only on request ("Maak het teamprofiel"), never while typing.
      const make = await until<string>(driver, 'the button that makes the profile', 'const b = [...document.querySelectorAll("button")].find((b) => text(b) === "Maak het teamprofiel"); if (b && !b.id) b.id = "make-team-profile"; return b?.id;');
      await focusOn(driver, `#${make}`);
      await driver.press('Enter');
      await until(driver, 'the profile of five members', 'return [...document.querySelectorAll("h2, h3")].some((h) => text(h) === "Teamprofiel van 5 teamleden");');
      const dimensions = await page<number>(driver, 'return document.querySelectorAll(".team-profile__dimensions .team-dimension").length;');
      if (dimensions !== kt.dimensions.length) throw new Error(`${dimensions} dimensions shown, expected ${kt.dimensions.length}`);
    },
  },
  {
    name: 'the team-day planner: a longer first part shifts the agenda and survives a reload',
    async run(driver) {
      await driver.goto('/hulpmiddelen/teamdag-planner/');
      await hydrated(driver, '.team-day-planner[data-ready="true"]');
      const minutes = await until<string>(driver, 'the first part’s duration', 'const f = [...document.querySelectorAll(".team-day-planner fieldset")].find((f) => text(f.querySelector("legend")).startsWith("1.")); const l = [...(f?.querySelectorAll("label") ?? [])].find((l) => text(l) === "Duur (minuten)"); return l?.control?.id;');
      await focusOn(driver, `#${minutes}`);
      await page(driver, 'document.getElementById(arg).select();', minutes);
      await driver.type('45');
      await until(driver, 'the agenda to start with 09:00–09:45', 'return text(document.querySelector("[data-testid=agenda] tbody tr")).startsWith("09:00–09:45");');
      await driver.reload();
      await hydrated(driver, '.team-day-planner[data-ready="true"]');
      await until(driver, 'the longer first part after the reload', 'return text(document.querySelector("[data-testid=agenda] tbody tr")).startsWith("09:00–09:45") && text(document.querySelectorAll("[data-testid=agenda] tbody tr")[1]).startsWith("09:45–10:30");');
    },
  },
  {
    name: 'print: the planner’s agenda prints without the site’s navigation or the form',
    needs: 'print',
    async run(driver) {
      await driver.goto('/hulpmiddelen/teamdag-planner/');
      await hydrated(driver, '.team-day-planner[data-ready="true"]');
      const pdf = await driver.printToPdf!();
      const printed = execFileSync('pdftotext', ['-layout', '-', '-'], { input: pdf }).toString('utf8');
      for (const expected of ['09:00–09:30', 'Urgentie vanuit het management']) {
        if (!printed.includes(expected)) throw new Error(`the printout lacks “${expected}”:\n${printed.slice(0, 800)}`);
      }
      for (const unexpected of ['Naar de inhoud', 'Duur (minuten)']) {
        if (printed.includes(unexpected)) throw new Error(`the printout shows “${unexpected}”`);
      }
    },
  },
];
