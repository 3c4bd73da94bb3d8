/**
 * The URL scheme. Paths here are site-relative and start and end with "/"; `withBase`
 * adds the configured base path (an intranet sub-path) when a link is rendered.
 *
 *   /                               home (Dutch)
 *   /<part>/                        a part of the playbook
 *   /<part>/<chapter>/              a chapter or play
 *   /<part>/<chapter>/presentatie/  the same chapter as slides
 *   /<page>/                        a stand-alone page (bronnen, privacy, …)
 *   /zelfscans/<assessment>/        a self-assessment
 *   /hulpmiddelen/<tool>/           a workshop tool
 *   /zoeken/                        search
 *   /compleet/                      the whole playbook on one page (print, PDF)
 *   /trainers/                      URLs, QR codes and embed snippets
 *   /trainers/<programme>/          a ready programme with a facilitator guide for every block (/trainers/leertraject/, …)
 *   /trainers/<programme>/deelnemers/, brieven/, evaluatie/   its hand-out, briefing letters, evaluation form
 *   /trainers/<programme>/dia/<n>/  the slides of its session n (1, 2, …)
 *   /werkbladen/<worksheet>/        printable worksheets (A4)
 *   /casussen/<case>/               role-play practice cases
 *   /embed/zelfscans/<assessment>/  an assessment for an iframe
 *   /qr/<path>.svg, /og/<path>.png  QR codes and link-preview images
 *   /scorm/<assessment>.zip         SCORM 1.2 packages for learning platforms
 *   /en/…                           the same scheme in English words (SEGMENTS.en): /en/self-assessments/<assessment>/about/, …
 */
export type Locale = 'nl' | 'en';
const DEFAULT_LOCALE: Locale = 'nl';

/**
 * The language a path function uses when it is given none: the page being made (set once by
 * src/page-locale.ts), so an English page links to English pages without passing a locale
 * to every call. Data loaders, which serve both languages, always pass one.
 */
let ambientSource: () => Locale = () => DEFAULT_LOCALE;
export function setAmbientLocale(source: () => Locale): void {
  ambientSource = source;
}
/** The ambient language (see above): what path functions and src/lib/format.ts use without a locale. */
export function ambientLocale(): Locale {
  return ambientSource();
}

/** The language of a site path (without base): /en/… is English, everything else Dutch. */
export function localeOfPath(path: string): Locale {
  return path === '/en/' || path.startsWith('/en/') ? 'en' : DEFAULT_LOCALE;
}

/**
 * The fixed URL segments, per language: the one registry that maps the site's English
 * names (keys) to what a reader sees in the address bar. Dutch at the root, English under
 * /en/ with English words, so an English reader never meets /en/zelfscans/.
 */
export const SEGMENTS = {
  nl: {
    assessments: 'zelfscans',
    paper: 'papier',
    scoringKey: 'scoresleutel',
    manual: 'verantwoording',
    tools: 'hulpmiddelen',
    search: 'zoeken',
    complete: 'compleet',
    trainers: 'trainers',
    handout: 'deelnemers',
    letters: 'brieven',
    evaluation: 'evaluatie',
    sessionSlides: 'dia',
    worksheets: 'werkbladen',
    cases: 'casussen',
    embed: 'embed',
    offline: 'offline',
    presentation: 'presentatie',
  },
  en: {
    assessments: 'self-assessments',
    paper: 'paper',
    scoringKey: 'scoring-key',
    manual: 'about',
    tools: 'tools',
    search: 'search',
    complete: 'complete',
    trainers: 'trainers',
    handout: 'handout',
    letters: 'letters',
    evaluation: 'evaluation',
    sessionSlides: 'slides',
    worksheets: 'worksheets',
    cases: 'cases',
    embed: 'embed',
    offline: 'offline',
    presentation: 'presentation',
  },
} as const satisfies Record<Locale, Record<string, string>>;

type Segment = keyof (typeof SEGMENTS)['nl'];
const segment = (name: Segment, locale: Locale) => SEGMENTS[locale][name];

/** Segments that sit right under a language's root: a part or page taking one would hide it. */
const TOP_LEVEL: readonly Segment[] = ['assessments', 'tools', 'search', 'complete', 'trainers', 'worksheets', 'cases', 'embed', 'offline'];

/** First path segments the site itself uses, in either language; parts and pages may not take them. */
export const RESERVED_SEGMENTS: readonly string[] = [
  ...new Set([
    'en',
    ...(Object.keys(SEGMENTS) as Locale[]).flatMap((locale) => TOP_LEVEL.map((name) => segment(name, locale))),
    'playbook',
    'qr',
    'scorm',
    'pagefind',
    '_astro',
    'assets',
    'fonts',
    'og',
    '404',
  ]),
];

function localePrefix(locale: Locale): string {
  return locale === DEFAULT_LOCALE ? '' : `/${locale}`;
}

export function homePath(locale: Locale = ambientLocale()): string {
  return `${localePrefix(locale)}/`;
}

export function partPath(partId: string, locale: Locale = ambientLocale()): string {
  return `${localePrefix(locale)}/${partId}/`;
}

export function chapterPath(partId: string, slug: string, locale: Locale = ambientLocale()): string {
  return `${localePrefix(locale)}/${partId}/${slug}/`;
}

export function pagePath(slug: string, locale: Locale = ambientLocale()): string {
  return slug === 'home' ? homePath(locale) : `${localePrefix(locale)}/${slug}/`;
}

export function assessmentsIndexPath(locale: Locale = ambientLocale()): string {
  return `${localePrefix(locale)}/${segment('assessments', locale)}/`;
}

export function toolsIndexPath(locale: Locale = ambientLocale()): string {
  return `${localePrefix(locale)}/${segment('tools', locale)}/`;
}

/**
 * An assessment's URL segment: its id (the same in both languages, and in every result code),
 * or the English file's own `slug` under /en/ (/en/self-assessments/effective-advising/).
 * The assessment path functions below take this segment.
 */
export function assessmentSlug(assessment: { id: string; slug?: string }): string {
  return assessment.slug ?? assessment.id;
}

export function assessmentPath(id: string, locale: Locale = ambientLocale()): string {
  return `${assessmentsIndexPath(locale)}${id}/`;
}

/** An assessment on paper, to print: /zelfscans/<id>/papier/. */
export function assessmentPaperPath(id: string, locale: Locale = ambientLocale()): string {
  return `${assessmentPath(id, locale)}${segment('paper', locale)}/`;
}

/** The scoring key of the paper version, a sheet of its own so a respondent does not see what each statement measures: /zelfscans/<id>/papier/scoresleutel/. */
export function assessmentScoringKeyPath(id: string, locale: Locale = ambientLocale()): string {
  return `${assessmentPaperPath(id, locale)}${segment('scoringKey', locale)}/`;
}

/** An assessment's manual (what it measures and what it cannot claim): /zelfscans/<id>/verantwoording/. */
export function assessmentManualPath(id: string, locale: Locale = ambientLocale()): string {
  return `${assessmentPath(id, locale)}${segment('manual', locale)}/`;
}

export function toolPath(toolSegment: string, locale: Locale = ambientLocale()): string {
  return `${toolsIndexPath(locale)}${toolSegment}/`;
}

/** Every chapter on one page, for printing or saving as PDF. */
export function completePath(locale: Locale = ambientLocale()): string {
  return `${localePrefix(locale)}/${segment('complete', locale)}/`;
}

/** URLs, QR codes and embed snippets for trainers. */
export function trainersPath(locale: Locale = ambientLocale()): string {
  return `${localePrefix(locale)}/${segment('trainers', locale)}/`;
}

/**
 * What the service worker shows for a page that is not kept on this device, with the pages
 * that are. Not a page to link to: it is only seen without a network.
 */
export function offlinePath(locale: Locale = ambientLocale()): string {
  return `${localePrefix(locale)}/${segment('offline', locale)}/`;
}

/** A chapter or play as slides, from the chapter's path: /rol/vier-eigenschappen/presentatie/ */
export function presentationPath(chapterPath: string): string {
  return `${chapterPath}${segment('presentation', localeOfPath(chapterPath))}/`;
}

/**
 * A programme for trainers (content/course/<file>.yaml, its `slug`): /trainers/leertraject/.
 * It lives under /trainers/ because it is trainer material, and because
 * /leren/leertraject-opzetten/ is already the chapter on designing a learning trajectory:
 * a top-level /leertraject/ would read as that chapter's twin.
 */
export function coursePath(slug: string, locale: Locale = ambientLocale()): string {
  return `${trainersPath(locale)}${slug}/`;
}

/** What a programme gives out: the participants' hand-out, the briefing letters, the evaluation form. */
export type CourseSheet = 'handout' | 'letters' | 'evaluation';

export function courseSheetPath(slug: string, sheet: CourseSheet, locale: Locale = ambientLocale()): string {
  return `${coursePath(slug, locale)}${segment(sheet, locale)}/`;
}

/** The slides of a programme's session, counted from 1: /trainers/drie-dagdelen/dia/2/. */
export function courseSessionSlidesPath(slug: string, session: number, locale: Locale = ambientLocale()): string {
  return `${coursePath(slug, locale)}${segment('sessionSlides', locale)}/${session}/`;
}

export function worksheetsIndexPath(locale: Locale = ambientLocale()): string {
  return `${localePrefix(locale)}/${segment('worksheets', locale)}/`;
}

export function worksheetPath(slug: string, locale: Locale = ambientLocale()): string {
  return `${worksheetsIndexPath(locale)}${slug}/`;
}

export function casesIndexPath(locale: Locale = ambientLocale()): string {
  return `${localePrefix(locale)}/${segment('cases', locale)}/`;
}

export function casePath(slug: string, locale: Locale = ambientLocale()): string {
  return `${casesIndexPath(locale)}${slug}/`;
}

/** An assessment with minimal chrome, for an iframe in a learning platform. */
export function embedAssessmentPath(id: string, locale: Locale = ambientLocale()): string {
  return `${localePrefix(locale)}/${segment('embed', locale)}/${segment('assessments', locale)}/${id}/`;
}

/**
 * A self-assessment's SCORM 1.2 package for learning platforms: /scorm/<id>.zip reports
 * completion only; /scorm/<id>-met-uitkomst.zip also one score per dimension. The English
 * packages: /scorm/en/<slug>.zip and /scorm/en/<slug>-with-outcome.zip.
 */
export function scormPackagePath(slug: string, variant: 'completion' | 'outcome', locale: Locale = ambientLocale()): string {
  const outcome = locale === 'en' ? '-with-outcome' : '-met-uitkomst';
  return `/scorm${localePrefix(locale)}/${slug}${variant === 'outcome' ? outcome : ''}.zip`;
}

/** A site path as the parameter of a rest route ([...path]): /rol/vier-eigenschappen/ → rol/vier-eigenschappen */
export function pathParam(path: string): string {
  return path.replace(/^\/|\/$/g, '');
}

/** The QR code (SVG) of a site path: /qr/rol/vier-eigenschappen.svg */
export function qrPath(path: string): string {
  return `/qr/${pathParam(path) || 'home'}.svg`;
}

/** The link-preview image (PNG) of a chapter's path: /og/rol/vier-eigenschappen.png */
export function ogImagePath(path: string): string {
  return `/og/${pathParam(path)}.png`;
}

/** The organisation's logo (content/organisation.yaml), served from the site itself. */
export const LOGO_PATH = '/organisation-logo.svg';

/** The link-preview image of every page without its own: /og/site.png, /og/en/site.png. */
export function siteOgImagePath(locale: Locale = ambientLocale()): string {
  return `/og${localePrefix(locale)}/site.png`;
}

export function searchPath(locale: Locale = ambientLocale()): string {
  return `${localePrefix(locale)}/${segment('search', locale)}/`;
}

/**
 * Prefixes a site path with the base path. A `#fragment` or `?query` is kept.
 * withBase('/playbook/', '/rol/') === '/playbook/rol/'
 */
export function withBase(base: string, path: string): string {
  if (!path.startsWith('/')) throw new Error(`withBase expects a site path starting with "/", got "${path}"`);
  return `${base.replace(/\/+$/, '')}${path}`;
}
