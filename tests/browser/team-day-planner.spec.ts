import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { axeAtBothWidths } from '../support/axe';
import { eventsOf, parseCalendar, unescapeText } from '../support/ics';
import { expect, test, visitHydrated as visit } from './fixtures';

const PATH = '/hulpmiddelen/teamdag-planner/';

async function open(page: Page) {
  await visit(page, PATH);
  await expect(page.locator('.team-day-planner[data-ready="true"]')).toBeVisible();
}

/** Compare the text as shown: the agenda repeats each lead for narrow screens, hidden on wide ones. */
const SHOWN = { useInnerText: true };
const agendaRows = (page: Page) => page.getByTestId('agenda').locator('tbody tr');
const part = (page: Page, name: RegExp) => page.getByRole('group', { name });

async function axeViolations(page: Page) {
  const results = await axeAtBothWidths(page);
  return results.violations.map((violation) => violation.id);
}

test('the agenda starts from the play and shifts later parts when a duration changes', async ({ page }) => {
  await open(page);
  await expect(agendaRows(page)).toHaveText([
    /09:00–09:30\s*Urgentie vanuit het management\s*Hoger management/,
    /09:30–10:15\s*Ronde over klantfeedback \(NPS\)\s*Teamleider/,
    /10:15–10:30\s*Pauze/,
    /10:30–11:15\s*Beeldend verhaal over de bedoeling/,
    /11:15–12:15\s*Teamronde: waartoe doe ik dit\?/,
    /12:15–13:00\s*Pauze/,
    /13:00–15:00\s*Samenwerkingsoefeningen/,
    /15:00–15:15\s*Pauze/,
    /15:15–16:00\s*Persoonlijke acties en afspraken/,
  ], SHOWN);

  const first = part(page, /^1\. Urgentie vanuit het management/);
  await first.getByLabel('Duur (minuten)').fill('45');
  await first.getByLabel('Wie leidt het?').fill('Directeur HR');
  await expect(agendaRows(page).nth(0)).toHaveText(/09:00–09:45\s*Urgentie vanuit het management\s*Directeur HR$/, SHOWN);
  await expect(agendaRows(page).nth(1)).toContainText('09:45–10:30');
  await expect(agendaRows(page).nth(8)).toContainText('15:30–16:15');
  await expect(page.getByTestId('agenda-when')).toContainText('09:00–16:15');

  // A bad duration is named, and the agenda keeps the last good one.
  await first.getByLabel('Duur (minuten)').fill('4,5');
  await expect(first.getByRole('alert')).toHaveText('Vul een heel aantal minuten in, zonder komma of punt. De agenda rekent nog met 45 minuten.');
  await expect(first.getByLabel('Duur (minuten)')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByTestId('agenda-when')).toContainText('09:00–16:15');

  // A start time just before noon runs across it correctly.
  await first.getByLabel('Duur (minuten)').fill('30');
  await page.getByLabel('Begintijd', { exact: true }).first().fill('11:30');
  await expect(agendaRows(page).nth(2)).toContainText('12:45–13:00');
  await expect(page.getByTestId('agenda-when')).toContainText('11:30–18:30');
});

test('parts move with the keyboard, extra parts come and go, the six stay', async ({ page }) => {
  await open(page);
  const down = page.getByRole('button', { name: 'Omlaag: Urgentie vanuit het management' });
  await down.focus();
  await page.keyboard.press('Enter');
  // A break belongs to the part before it, so the coffee break moves along with the NPS round.
  await expect(agendaRows(page)).toHaveText([/09:00–09:45\s*Ronde over klantfeedback/, /09:45–10:00\s*Pauze/, /10:00–10:30\s*Urgentie/, /.*/, /.*/, /.*/, /.*/, /.*/, /.*/]);
  await expect(down).toBeFocused();
  const up = page.getByRole('button', { name: 'Omhoog: Urgentie vanuit het management' });
  await up.focus();
  await page.keyboard.press('Enter');
  await expect(agendaRows(page).nth(0)).toContainText('Urgentie vanuit het management');
  // At the top "Omhoog" is disabled, so focus moves to "Omlaag".
  await expect(up).toBeDisabled();
  await expect(down).toBeFocused();

  await expect(page.getByRole('button', { name: /^Verwijder/ })).toHaveCount(0);
  await page.getByRole('button', { name: 'Onderdeel toevoegen' }).press('Enter');
  await expect(page.getByLabel('Naam van het onderdeel')).toBeFocused();
  await page.keyboard.type('Wandeling');
  await expect(agendaRows(page).last()).toContainText('16:00–16:30');
  await expect(agendaRows(page).last()).toContainText('Wandeling');
  await page.getByRole('button', { name: 'Verwijder: Wandeling' }).press('Enter');
  await expect(page.getByRole('button', { name: 'Onderdeel toevoegen' })).toBeFocused();
  await expect(agendaRows(page)).toHaveCount(9);
});

test('the plan survives a reload, with the follow-up four weeks after the day', async ({ page }) => {
  await open(page);
  await page.getByLabel('Datum van de teamdag').fill('2027-03-12');
  await part(page, /^2\. Ronde over klantfeedback/).getByLabel('Wie leidt het?').fill('Anouk (teamleider)');
  const followUp = page.getByTestId('agenda-follow-up');
  await expect(followUp).toContainText('vrijdag 9 april 2027, 09:00–11:00');
  await expect(followUp).toContainText('persoonlijke afspraken');

  await page.reload();
  await expect(page.locator('.team-day-planner[data-ready="true"]')).toBeVisible();
  await expect(page.getByLabel('Datum van de teamdag')).toHaveValue('2027-03-12');
  await expect(agendaRows(page).nth(1)).toContainText('Anouk (teamleider)');
  await expect(page.getByTestId('agenda-when')).toContainText('vrijdag 12 maart 2027, 09:00–16:00');

  // A chosen follow-up date stays when the team day moves; the reset brings back four weeks.
  await page.getByLabel('Datum', { exact: true }).fill('2027-04-20');
  await page.getByLabel('Datum van de teamdag').fill('2027-03-19');
  await expect(followUp).toContainText('dinsdag 20 april 2027');
  await page.getByRole('button', { name: 'Zet terug op vier weken na de teamdag' }).click();
  await expect(followUp).toContainText('vrijdag 16 april 2027');
});

test('the calendar file holds the team day and the follow-up', async ({ page }) => {
  await open(page);
  await page.getByRole('button', { name: 'Zet in je agenda (.ics)' }).click();
  await expect(page.getByRole('alert')).toHaveText('Kies eerst de datum van de teamdag. Dan kan de planner de afspraken maken.');

  await page.getByLabel('Titel', { exact: true }).fill('Teamdag HR, expats; klant centraal');
  await page.getByLabel('Datum van de teamdag').fill('2027-03-12');
  await page.getByLabel('Locatie (niet verplicht)').fill('Zaal 3, Stadhuis');
  await expect(page.getByRole('alert')).toHaveCount(0);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Zet in je agenda (.ics)' }).click()]);
  expect(download.suggestedFilename()).toBe('teamdag-2027-03-12.ics');
  const text = await readFile((await download.path())!, 'utf8');

  expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  for (const line of text.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
  const [day, followUp] = eventsOf(parseCalendar(text));
  expect(unescapeText(day!.get('SUMMARY')!.value)).toBe('Teamdag HR, expats; klant centraal');
  expect(day!.get('SUMMARY')!.value).toBe('Teamdag HR\\, expats\\; klant centraal');
  expect(day!.get('DTSTART')).toEqual({ name: 'DTSTART', params: { TZID: 'Europe/Amsterdam' }, value: '20270312T090000' });
  expect(day!.get('DTEND')!.value).toBe('20270312T160000');
  expect(day!.get('DTSTAMP')!.value).toMatch(/^\d{8}T\d{6}Z$/);
  expect(unescapeText(day!.get('LOCATION')!.value)).toBe('Zaal 3, Stadhuis');
  expect(unescapeText(day!.get('DESCRIPTION')!.value)).toContain('13:00–15:00 Samenwerkingsoefeningen (leiding: Begeleider)');
  expect(followUp!.get('DTSTART')!.value).toBe('20270409T090000');
  expect(followUp!.get('DTEND')!.value).toBe('20270409T110000');
  expect(day!.get('UID')!.value).not.toBe(followUp!.get('UID')!.value);
});

test('print shows a one-page agenda without navigation or editing; axe is clean', async ({ page }) => {
  await open(page);
  expect(await axeViolations(page)).toEqual([]);
  await page.getByLabel('Datum van de teamdag').fill('2027-03-12');
  await part(page, /^1\. Urgentie/).getByLabel('Duur (minuten)').fill('');
  await page.getByRole('button', { name: 'Nieuw programma' }).click();
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Annuleer' }).click();
  await part(page, /^1\. Urgentie/).getByLabel('Duur (minuten)').fill('30');

  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('#site-nav')).toBeHidden();
  await expect(page.getByLabel('Datum van de teamdag')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print de agenda' })).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeHidden();
  await expect(page.getByTestId('agenda')).toBeVisible();
  await expect(page.getByTestId('agenda-follow-up')).toBeVisible();
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)).toHaveLength(1);
});

test('a new programme starts only after an inline confirmation', async ({ page }) => {
  await open(page);
  await part(page, /^1\. Urgentie/).getByLabel('Wie leidt het?').fill('Directeur');
  await page.getByRole('button', { name: 'Nieuw programma' }).click();
  await expect(page.getByRole('button', { name: 'Annuleer' })).toBeFocused();
  await page.getByRole('button', { name: 'Ja, wis het en begin opnieuw' }).click();
  await expect(part(page, /^1\. Urgentie/).getByLabel('Wie leidt het?')).toHaveValue('Hoger management');
  await expect(page.getByRole('button', { name: 'Nieuw programma' })).toBeFocused();
});

test('damaged stored data is set aside with a message', async ({ page }) => {
  // The tool reads storage once it hydrates: plant the damage only after that, or the first
  // load sets it aside already and the reload finds nothing to report.
  await visit(page, PATH);
  await expect(page.locator('.team-day-planner[data-ready="true"]')).toBeVisible();
  await page.evaluate(() => localStorage.setItem('adviesplaybook:team-day-planner', '{"schema":1,"parts":[]}'));
  await page.reload();
  await expect(page.locator('.team-day-planner[data-ready="true"]')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'beschadigd' })).toContainText('apart gezet');
  await expect(agendaRows(page)).toHaveCount(9);
});
