/**
 * "Make it yours": the same playbook built three ways, each checked for the organisation's
 * name and logo (header, footer, accessibility statement, web-app manifest), for colours that
 * follow its theme (text, links, buttons, focus ring, in light and dark), and (the themed builds;
 * accessibility.spec.ts sweeps the default one) for axe at 375 and 1280 px in both schemes on a
 * home page, a chapter, the accessibility statement and a scan result.
 *
 * - default: dist/ (no content/organisation.yaml: the playbook as published)
 * - voorbeeld: NL Design System's example theme (tests/fixtures/themes/voorbeeld/), light only
 * - test-theme: our own small theme with a dark set, Dutch only (tests/fixtures/themes/test-theme/)
 * The themed sites are built by `node scripts/build-themed-sites.mjs` (npm test does it).
 */
import { existsSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { axeAtBothWidths } from '../support/axe';
import { contentAssessments } from '../support/assessments';
import { startServer, type OwnServer } from '../support/own-server';
import { ROOT_PORT } from '../../playwright.config';
import { answerWithKeyboard } from './assessment-helpers';
import { expect, test } from './fixtures';

type Scheme = 'light' | 'dark';
interface Colours {
  text: string;
  background: string;
  link: string;
  button: string;
  onButton: string;
  focus: string;
}

interface Build {
  name: string;
  /** Where the built site is; the default build is the shared test server's. */
  dist?: string;
  siteName: string;
  shortName: string;
  organisation?: string;
  logoAlt?: string;
  email?: string;
  chapter: string;
  assessment: { id: string; dir: string };
  colours: Record<Scheme, Colours>;
  english: boolean;
}

const rgb = (hex: string) => {
  const [r, g, b] = [1, 3, 5].map((start) => parseInt(hex.slice(start, start + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
};
const colours = (text: string, background: string, link: string, button: string, onButton: string, focus: string): Colours =>
  ({ text: rgb(text), background: rgb(background), link: rgb(link), button: rgb(button), onButton: rgb(onButton), focus: rgb(focus) });

const voorbeeldLight = colours('#001a40', '#ffffff', '#00568b', '#5115ef', '#ffffff', '#0b0c0c');
const BUILDS: Build[] = [
  {
    name: 'default',
    siteName: 'Adviesplaybook',
    shortName: 'Playbook',
    chapter: '/rol/vier-eigenschappen/',
    assessment: { id: 'effectief-adviseren', dir: 'content/assessments' },
    colours: {
      light: colours('#1b2530', '#ffffff', '#0b5c6b', '#0b5c6b', '#ffffff', '#c75b00'),
      dark: colours('#e8edf1', '#11171d', '#7fd3e0', '#5fc4d4', '#0b1d22', '#ffb066'),
    },
    english: true,
  },
  {
    name: 'voorbeeld',
    dist: '.tmp/dist-theme-voorbeeld',
    siteName: 'Adviesplaybook Voorbeeld',
    shortName: 'Voorbeeld',
    organisation: 'Gemeente Voorbeeld',
    logoAlt: 'Gemeente Voorbeeld',
    email: 'toegankelijkheid@voorbeeld.example',
    chapter: '/eerste/goed-luisteren/',
    assessment: { id: 'proef', dir: 'tests/fixtures/themes/content/assessments' },
    // No dark set: the site stays light in a dark-mode browser.
    colours: { light: voorbeeldLight, dark: voorbeeldLight },
    english: true,
  },
  {
    name: 'test-theme',
    dist: '.tmp/dist-theme-test-theme',
    siteName: 'Testbedrijf Playbook',
    shortName: 'Testplaybook',
    organisation: 'Testbedrijf B.V.',
    logoAlt: 'Testbedrijf',
    email: 'a11y@testbedrijf.example',
    chapter: '/eerste/goed-luisteren/',
    assessment: { id: 'proef', dir: 'tests/fixtures/themes/content/assessments' },
    colours: {
      light: colours('#222222', '#fffdf5', '#8a2a00', '#2d5016', '#ffffff', '#6a00a8'),
      dark: colours('#f5f0e0', '#1a1a14', '#ffb38a', '#9ed47a', '#10200a', '#e0a0ff'),
    },
    english: false,
  },
];

for (const build of BUILDS) {
  test.describe(`the ${build.name} build`, () => {
    let server: OwnServer | undefined;
    let root = `http://127.0.0.1:${ROOT_PORT}/`;
    test.beforeAll(async () => {
      if (!build.dist) return;
      if (!existsSync(`${build.dist}/index.html`)) throw new Error(`No themed build in ${build.dist}: run node scripts/build-themed-sites.mjs first.`);
      server = await startServer(build.dist);
      root = server.url;
    });
    test.afterAll(async () => server?.stop());

    const open = async (page: Page, path: string) => {
      const response = await page.goto(new URL(path.replace(/^\//, ''), root).href);
      expect(response?.status(), `status of ${path}`).toBeLessThan(400);
    };

    test('names the organisation in the header, footer, accessibility statement and manifest', async ({ page, request }) => {
      await open(page, '/');
      const home = page.locator('.site-header__name');
      await expect(home).toContainText(build.siteName);
      await expect(page).toHaveTitle(new RegExp(`^${build.siteName}:`));
      if (build.logoAlt) {
        const logo = home.getByRole('img', { name: build.logoAlt });
        await expect(logo).toBeVisible();
        expect(await logo.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth > 0), 'the logo loaded').toBe(true);
        await expect(home).toHaveAccessibleName(`${build.logoAlt} ${build.siteName}`);
        // One full stop, also after a name that ends in one (B.V.).
        await expect(page.locator('.site-footer')).toContainText(`Een playbook van ${build.organisation!.replace(/\.$/, '')}. Alles wat je invult`);
      } else {
        await expect(home.locator('img')).toHaveCount(0);
        await expect(page.locator('.site-footer')).not.toContainText('Een playbook van');
      }

      await open(page, '/toegankelijkheid/');
      const statement = page.locator('main');
      if (build.organisation) {
        await expect(statement).toContainText(`Meld het bij ${build.organisation}:`);
        await expect(statement.getByRole('link', { name: build.email! })).toHaveAttribute('href', `mailto:${build.email}`);
        await expect(statement).toContainText(`${build.organisation} biedt dit playbook aan en is verantwoordelijk voor deze verklaring.`);
        await expect(statement).not.toContainText('de organisatie die jou dit playbook aanbiedt');
      } else {
        await expect(statement).toContainText('Meld het bij de organisatie die jou dit playbook aanbiedt.');
      }

      const manifest = await (await request.get(new URL('manifest.webmanifest', root).href)).json();
      expect(manifest).toMatchObject({ name: build.siteName, short_name: build.shortName });
      // The installed app's colours are the theme's header colour and page background.
      const icon = await request.get(new URL(manifest.icons[0].src.replace(/^\//, ''), root).href);
      expect(icon.status()).toBe(200);
      expect(rgb(manifest.background_color)).toBe(build.colours.light.background);

      // A shared link's preview image is drawn in the same header colour as the installed app.
      await open(page, build.chapter);
      const preview = new URL(await page.locator('meta[property="og:image"]').getAttribute('content') ?? '');
      const image = await request.get(new URL(preview.pathname.replace(/^\//, ''), root).href);
      expect(image.status()).toBe(200);
      const { data } = PNG.sync.read(await image.body());
      expect(`rgb(${data[0]}, ${data[1]}, ${data[2]})`, 'the preview’s background').toBe(rgb(manifest.theme_color));
    });

    test(build.english ? 'publishes the English edition' : 'publishes the Dutch edition only', async ({ page, request }) => {
      const english = await request.get(new URL('en/', root).href);
      expect(english.status()).toBe(build.english ? 200 : 404);
      expect((await request.get(new URL('og/en/site.png', root).href)).status(), 'the English link preview').toBe(build.english ? 200 : 404);
      await open(page, '/');
      await expect(page.locator('.language-switch')).toHaveCount(build.english ? 1 : 0);
      if (build.english && build.organisation) {
        await open(page, '/en/accessibility/');
        await expect(page.locator('main')).toContainText('Municipality of Voorbeeld offers this playbook and is responsible for this statement.');
      }
    });

    for (const scheme of ['light', 'dark'] as const) {
      test(`text, links, buttons and focus ring take the theme's colours (${scheme})`, async ({ page }) => {
        await page.emulateMedia({ colorScheme: scheme });
        const expected = build.colours[scheme];
        await open(page, build.chapter);
        const body = await page.evaluate(() => {
          const style = getComputedStyle(document.body);
          return { text: style.color, background: style.backgroundColor };
        });
        expect(body).toEqual({ text: expected.text, background: expected.background });
        await expect(page.locator('main p a').first()).toHaveCSS('color', expected.link);
        await page.keyboard.press('Tab');
        const focused = page.locator(':focus');
        await expect(focused).toHaveClass(/skip-link/);
        await expect(focused).toHaveCSS('outline-color', expected.focus);

        await open(page, `/zelfscans/${build.assessment.id}/`);
        const start = page.getByRole('button', { name: 'Begin de zelfscan' });
        await expect(start).toHaveCSS('background-color', expected.button);
        await expect(start).toHaveCSS('color', expected.onButton);
      });

      // The default build is swept page by page, at both widths and in both schemes, by accessibility.spec.ts.
      if (build.dist) test(`axe finds nothing on home, chapter, statement and scan result at 375 and 1280 px (${scheme})`, async ({ page }) => {
        test.setTimeout(240_000);
        await page.emulateMedia({ colorScheme: scheme });
        const violations: Record<string, string[]> = {};
        const check = async (label: string) => {
          const results = await axeAtBothWidths(page);
          const found = results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
          if (found.length > 0) violations[label] = found;
        };
        for (const [label, path] of [['home', '/'], ['chapter', build.chapter], ['statement', '/toegankelijkheid/']] as const) {
          await open(page, path);
          await check(label);
        }
        const assessment = contentAssessments(build.assessment.dir).find((candidate) => candidate.id === build.assessment.id)!;
        await open(page, `/zelfscans/${build.assessment.id}/`);
        await expect(page.locator('.assessment-widget[data-ready="true"]')).toBeVisible({ timeout: 15_000 });
        await page.getByRole('button', { name: 'Begin de zelfscan' }).click();
        await answerWithKeyboard(page, assessment, assessment.items.map((_, index) => assessment.scale.points[index % assessment.scale.points.length]!.value));
        await expect(page.locator('.result-chart')).toBeVisible();
        await check('result');
        expect(violations, 'axe violations per page').toEqual({});
      });
    }
  });
}
