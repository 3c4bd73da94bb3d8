import { z } from 'astro/zod';

/**
 * `content/organisation.yaml` (optional): whose playbook this is. Without the file the site
 * is the playbook as published (its own name and colours). Paths are relative to the
 * organisation file's folder; a path that is not there is looked up in `node_modules/`, so a
 * design-token package can be named as it is installed.
 *
 * ```yaml
 * siteName: { nl: Adviesplaybook Voorbeeld, en: Voorbeeld advisory playbook }
 * shortName: Voorbeeld        # under the installed app's icon (≤ 12 characters)
 * organisation: { nl: Gemeente Voorbeeld, en: Municipality of Voorbeeld }
 * logo:
 *   file: logo.svg
 *   alt: { nl: Logo van Gemeente Voorbeeld, en: Municipality of Voorbeeld logo }
 * accessibilityContact:
 *   email: toegankelijkheid@voorbeeld.nl
 *   phone: 14 020
 *   form: https://www.voorbeeld.nl/contact
 *   responseDays: 5
 * languages: { default: nl, published: [nl, en] }
 * theme:
 *   stylesheet: '@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css'
 *   class: voorbeeld-theme
 *   dark: dark.css            # optional: the same class, for the dark scheme
 * ```
 */
const text = (what: string) => z.string({ error: `expected ${what}` }).trim().min(1, `expected ${what}`);
const inBothLanguages = (what: string) =>
  z.strictObject({ nl: text(`${what} in Dutch`), en: text(`${what} in English`) }, { error: `expected ${what} as { nl: …, en: … }` });

const file = (what: string) => text(`the path of ${what}, relative to the organisation file`);

export const LOCALE_IDS = ['nl', 'en'] as const;

export const organisationSchema = z
  .strictObject({
    /** The site's name in the header, the page titles, link previews, print headers and the manifest. */
    siteName: inBothLanguages("the site's name"),
    /** Under the installed app's icon; installers cut longer names. */
    shortName: text('a short name of at most 12 characters').max(12, 'expected a short name of at most 12 characters').optional(),
    /** The organisation that publishes this playbook: footer, accessibility statement, SCORM packages. */
    organisation: inBothLanguages("the organisation's name"),
    /** The organisation's logo in the header and the app icons: an SVG file with its text alternative. */
    logo: z
      .strictObject({
        file: file('an SVG file').regex(/\.svg$/i, 'expected an SVG file (a path ending in .svg)'),
        alt: inBothLanguages("the logo's text alternative"),
      })
      .optional(),
    /**
     * Where readers report an accessibility problem, as the Dutch model accessibility
     * statement (modelverklaring toegankelijkheid) asks: an e-mail address, and a phone
     * number or contact form if there is one, and in how many working days you answer.
     */
    accessibilityContact: z.strictObject({
      email: z.email({ error: 'expected an e-mail address, such as toegankelijkheid@voorbeeld.nl' }),
      phone: text('a phone number').optional(),
      form: z.url({ protocol: /^https?$/, error: 'expected the web address of a contact form (https://…)' }).optional(),
      responseDays: z
        .number({ error: 'expected the number of working days within which you answer' })
        .int('expected a whole number of working days')
        .min(1, 'expected at least 1 working day'),
    }),
    /**
     * `published`: the editions built. `[nl]` makes a Dutch-only site (no /en/ pages, no
     * language switch), whether or not `content/en/` exists. Dutch is the original and
     * always at the root. `default`: the edition the installed app opens, and the one search
     * engines offer to readers of other languages (hreflang x-default).
     */
    languages: z
      .strictObject({
        default: z.enum(LOCALE_IDS, { error: 'expected nl or en' }),
        published: z
          .array(z.enum(LOCALE_IDS, { error: 'expected nl or en' }))
          .min(1)
          .refine((locales) => locales.includes('nl'), 'expected nl among the published editions: the Dutch edition is the original, at the root'),
      })
      .refine((languages) => languages.published.includes(languages.default), { message: 'expected the default language among the published editions', path: ['default'] })
      .default({ default: 'nl', published: ['nl', 'en'] }),
    /** The house style: a stylesheet of design tokens (NL Design System basis tokens, or ours) for one class. */
    theme: z
      .strictObject({
        stylesheet: file('the theme stylesheet').regex(/\.css$/i, 'expected a CSS file (a path ending in .css)'),
        class: z
          .string({ error: 'expected the class the stylesheet defines its tokens for, such as voorbeeld-theme' })
          .regex(/^-?[_a-zA-Z][\w-]*$/, 'expected a class name without the dot, such as voorbeeld-theme'),
        /** The same class for the dark scheme. Without it the site is light only. */
        dark: file('the dark theme stylesheet').regex(/\.css$/i, 'expected a CSS file (a path ending in .css)').optional(),
      })
      .optional(),
  });

export type OrganisationFile = z.infer<typeof organisationSchema>;
