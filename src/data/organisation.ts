/**
 * Whose playbook this is: `content/organisation.yaml` (src/schemas/organisation.ts), read
 * and checked once: its logo must be an SVG, its theme stylesheet must exist and define its
 * class, and the theme's colours must pass WCAG 2.2 AA in every scheme the site offers
 * (src/data/theme.ts). Any problem stops the build with the file, the field and the reason.
 * Without the file every answer here is the playbook's own.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import yaml from 'js-yaml';
import { CONTENT_DIR, ORGANISATION_FILE } from '../content-dir';
import { strings } from '../i18n';
import type { Locale } from '../lib/urls';
import { pageLocale } from '../page-locale';
import { organisationSchema, type OrganisationFile } from '../schemas/organisation';
import { ContentError, describeIssues } from '../schemas/report';
import { over, parseColour, toHex } from '../lib/contrast';
import { contrastProblems, describeContrastProblem, hasDarkScheme, resolvedToken, themeCss, themeProperties, type Scheme, type ThemeInput } from './theme';

export interface Organisation {
  data: OrganisationFile;
  /** The logo's SVG source. */
  logo?: string;
  theme?: ThemeInput;
}

const problem = (field: string, reason: string) => new ContentError(`${ORGANISATION_FILE}: field "${field}": ${reason}`);

/** A path from the file: relative to the organisation file's folder, else an installed package's file. */
function locate(path: string, field: string): string {
  const candidates = [join(dirname(ORGANISATION_FILE), path), join('node_modules', path)];
  const found = candidates.find((candidate) => existsSync(candidate));
  if (!found) throw problem(field, `${candidates[0]} does not exist (nor ${candidates[1]})`);
  return found;
}

function readLogo(path: string): string {
  const file = locate(path, 'logo.file');
  const svg = readFileSync(file, 'utf8');
  const body = svg.replace(/^\uFEFF?(\s|<\?xml[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>)*/i, '');
  if (!/^<svg[\s>]/.test(body) || !/<\/svg>\s*$/.test(body)) throw problem('logo.file', `${file} is not an SVG image: expected a file that starts with <svg and ends with </svg>`);
  if (/<script|\son\w+\s*=/i.test(svg)) throw problem('logo.file', `${file} contains a script; a logo must be a plain image`);
  return svg;
}

function readTheme(theme: NonNullable<OrganisationFile['theme']>): ThemeInput {
  const read = (path: string, field: string) => {
    const file = locate(path, field);
    const properties = themeProperties(readFileSync(file, 'utf8'), theme.class);
    if (!properties) throw problem(field, `${file} defines no custom properties for the class "${theme.class}" (expected a rule .${theme.class} { --basis-…: …; })`);
    return properties;
  };
  return { className: theme.class, light: read(theme.stylesheet, 'theme.stylesheet'), dark: theme.dark ? read(theme.dark, 'theme.dark') : undefined };
}

function load(): Organisation | undefined {
  if (!existsSync(ORGANISATION_FILE)) return undefined;
  let raw: unknown;
  try {
    raw = yaml.load(readFileSync(ORGANISATION_FILE, 'utf8'), { filename: ORGANISATION_FILE });
  } catch (error) {
    throw new ContentError(`${ORGANISATION_FILE}: cannot be read as YAML: ${error instanceof Error ? error.message : String(error)}`);
  }
  const result = organisationSchema.safeParse(raw);
  if (!result.success) throw new ContentError(describeIssues(ORGANISATION_FILE, result.error.issues));
  const data = result.data;
  const theme = data.theme ? readTheme(data.theme) : undefined;
  const problems = contrastProblems(theme);
  if (problems.length > 0) {
    const field = theme?.dark && problems.every((found) => found.scheme === 'dark') ? 'theme.dark' : 'theme.stylesheet';
    throw problem(field, `the theme's colours are not accessible:\n  ${problems.map(describeContrastProblem).join('\n  ')}`);
  }
  return { data, logo: data.logo ? readLogo(data.logo.file) : undefined, theme };
}

let loaded: { value: Organisation | undefined } | undefined;
/** The organisation file, checked; undefined when there is none (the playbook's own site). */
export function organisation(): Organisation | undefined {
  loaded ??= { value: load() };
  return loaded.value;
}

/** The site's name in a language (default: the page's). */
export function siteName(locale: Locale = pageLocale()): string {
  return organisation()?.data.siteName[locale] ?? strings(locale).siteName;
}

/** The name under the installed app's icon. */
export function appShortName(locale: Locale = pageLocale()): string {
  return organisation()?.data.shortName ?? strings(locale).appShortName;
}

/** The publishing organisation's name, or undefined for the playbook's own site. */
export function organisationName(locale: Locale = pageLocale()): string | undefined {
  return organisation()?.data.organisation[locale];
}

/** Whether the English edition is built: `content/en/` exists and the organisation publishes it. */
export function englishEditionPublished(): boolean {
  return existsSync(`${CONTENT_DIR}/en`) && (organisation()?.data.languages.published.includes('en') ?? true);
}

/** The edition the installed app opens and search engines offer by default. */
export function defaultLocale(): Locale {
  return englishEditionPublished() ? (organisation()?.data.languages.default ?? 'nl') : 'nl';
}

/** The theme's class for <html>, and whether the site offers a dark scheme. */
export function themeFrame(): { className?: string; dark: boolean } {
  const theme = organisation()?.theme;
  return { className: theme?.className, dark: hasDarkScheme(theme) };
}

/** The theme's stylesheet as bundled into the site's CSS (empty without a theme). */
export function bundledThemeCss(): string {
  const theme = organisation()?.theme;
  return theme ? themeCss(theme) : '';
}

/**
 * The colours of the link-preview images: the header's background and text in the light scheme.
 * Without a theme, our own (with the mint part line); a theme's accent is a tint of its header text,
 * since the basis set has no colour meant for text on the header.
 */
export function linkPreviewColours(): { background: string; text: string; accent: string } {
  if (!organisation()?.theme) return { background: '#0b5c6b', text: '#ffffff', accent: '#a8e0d0' };
  const colourOf = (token: string) => {
    const colour = parseColour(themeColour(token));
    if (!colour) throw problem('theme', `--playbook-color-${token} computes to "${themeColour(token)}", a colour the link-preview images cannot draw`);
    return colour;
  };
  const background = over(colourOf('header-background'), { r: 255, g: 255, b: 255, a: 1 });
  const text = over(colourOf('header-text'), background);
  const tint = over({ ...text, a: 0.75 }, background);
  return { background: toHex(background), text: toHex(text), accent: toHex(tint) };
}

/** One of our colour tokens as the site shows it in a scheme (for the manifest, icons and link previews). */
export function themeColour(token: string, scheme: Scheme = 'light'): string {
  const theme = organisation()?.theme;
  const value = resolvedToken(theme, hasDarkScheme(theme) ? scheme : 'light', `--playbook-color-${token}`);
  if (!value) throw new Error(`src/styles/tokens.css: --playbook-color-${token} computes to nothing`);
  return value;
}
