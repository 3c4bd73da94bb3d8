/**
 * A bad organisation file stops the build with the file, the field and the reason, before a
 * page is made: a theme below WCAG 2.2 AA (with the token names, both colours and the ratio),
 * a theme file that does not exist, a class the theme does not define, a logo that is not SVG.
 * Each case runs `astro sync` on the valid fixture site with an organisation file from
 * tests/fixtures/themes/. The good themes are built whole by scripts/build-themed-sites.mjs.
 */
import { describe, expect, it } from 'vitest';
import { astroOnFixture } from '../support/fixture-site';

const sync = (organisation: string) => astroOnFixture('sync', 'valid', organisation);
const file = (organisation: string) => `tests/fixtures/themes/${organisation}/organisation.yaml`;

describe('a bad organisation file stops the build', () => {
  it('low-contrast: names the token pair, both colours and the ratio against the AA minimum', () => {
    const { status, output } = sync('low-contrast');
    expect(status).not.toBe(0);
    expect(output).toContain(`${file('low-contrast')}: field "theme.stylesheet": the theme's colours are not accessible`);
    // #999999 on white is 2.85:1; the same text colour on the band colours fails too.
    expect(output).toContain(
      'light scheme: --playbook-color-text (#999999) on --playbook-color-background (#ffffff) has a contrast of 2.85:1; WCAG 2.2 AA asks at least 4.5:1 for text',
    );
    expect(output).toContain('--playbook-color-text (#999999) on --playbook-color-band-2');
    // The theme has no dark set, so the site is light only and no dark pair is reported.
    expect(output).not.toContain('dark scheme:');
  });

  it('missing-file: names the field and the path that does not exist', () => {
    const { status, output } = sync('missing-file');
    expect(status).not.toBe(0);
    expect(output).toContain(`${file('missing-file')}: field "theme.stylesheet": tests/fixtures/themes/missing-file/missing.css does not exist`);
  });

  it('missing-class: names the stylesheet and the class it lacks', () => {
    const { status, output } = sync('missing-class');
    expect(status).not.toBe(0);
    expect(output).toContain(
      `${file('missing-class')}: field "theme.stylesheet": tests/fixtures/themes/missing-class/theme.css defines no custom properties for the class "other-theme"`,
    );
  });

  it('logo-not-svg: names the logo file and why it is refused', () => {
    const { status, output } = sync('logo-not-svg');
    expect(status).not.toBe(0);
    expect(output).toContain(`${file('logo-not-svg')}: field "logo.file": tests/fixtures/themes/logo-not-svg/logo.svg is not an SVG image`);
  });
});
