/**
 * The English edition reuses the Dutch templates: each file in src/pages/ below also serves
 * an English route, injected by the `englishEdition` integration (astro.config.mjs) when the
 * content has an English edition. The segments come from SEGMENTS, so a template's Dutch
 * route (its place in src/pages/) and its English route are written in one registry; a unit
 * test checks that each template's Dutch pattern is where its file is. Templates read their
 * language from the route (`routeLocale` in getStaticPaths, the page's locale when rendering).
 *
 * Not listed: `[...path].astro` (parts, chapters, pages) makes its English paths itself, and
 * the files under og/ and qr/ take every path of both languages.
 */
import { localeOfPath, SEGMENTS, type Locale } from './urls';

type Words = (typeof SEGMENTS)[Locale];

interface LocalizedTemplate {
  /** The template, from the project root. */
  entrypoint: string;
  /** Its route in a language, from that language's words, without the /en prefix. */
  pattern: (words: Words) => string;
}

export const LOCALIZED_TEMPLATES: readonly LocalizedTemplate[] = [
  { entrypoint: 'src/pages/index.astro', pattern: () => '/' },
  { entrypoint: 'src/pages/zelfscans/index.astro', pattern: (w) => `/${w.assessments}` },
  { entrypoint: 'src/pages/zelfscans/[id]/index.astro', pattern: (w) => `/${w.assessments}/[id]` },
  { entrypoint: 'src/pages/zelfscans/[id]/papier.astro', pattern: (w) => `/${w.assessments}/[id]/${w.paper}` },
  { entrypoint: 'src/pages/zelfscans/[id]/papier/scoresleutel.astro', pattern: (w) => `/${w.assessments}/[id]/${w.paper}/${w.scoringKey}` },
  { entrypoint: 'src/pages/zelfscans/[id]/verantwoording.astro', pattern: (w) => `/${w.assessments}/[id]/${w.manual}` },
  { entrypoint: 'src/pages/hulpmiddelen/index.astro', pattern: (w) => `/${w.tools}` },
  { entrypoint: 'src/pages/hulpmiddelen/[tool].astro', pattern: (w) => `/${w.tools}/[tool]` },
  { entrypoint: 'src/pages/zoeken.astro', pattern: (w) => `/${w.search}` },
  { entrypoint: 'src/pages/compleet.astro', pattern: (w) => `/${w.complete}` },
  { entrypoint: 'src/pages/trainers.astro', pattern: (w) => `/${w.trainers}` },
  { entrypoint: 'src/pages/trainers/[course]/index.astro', pattern: (w) => `/${w.trainers}/[course]` },
  { entrypoint: 'src/pages/trainers/[course]/deelnemers.astro', pattern: (w) => `/${w.trainers}/[course]/${w.handout}` },
  { entrypoint: 'src/pages/trainers/[course]/brieven.astro', pattern: (w) => `/${w.trainers}/[course]/${w.letters}` },
  { entrypoint: 'src/pages/trainers/[course]/evaluatie.astro', pattern: (w) => `/${w.trainers}/[course]/${w.evaluation}` },
  { entrypoint: 'src/pages/trainers/[course]/dia/[session].astro', pattern: (w) => `/${w.trainers}/[course]/${w.sessionSlides}/[session]` },
  { entrypoint: 'src/pages/werkbladen/index.astro', pattern: (w) => `/${w.worksheets}` },
  { entrypoint: 'src/pages/werkbladen/[slug].astro', pattern: (w) => `/${w.worksheets}/[slug]` },
  { entrypoint: 'src/pages/casussen/index.astro', pattern: (w) => `/${w.cases}` },
  { entrypoint: 'src/pages/casussen/[slug].astro', pattern: (w) => `/${w.cases}/[slug]` },
  { entrypoint: 'src/pages/embed/zelfscans/[id]/index.astro', pattern: (w) => `/${w.embed}/${w.assessments}/[id]` },
  { entrypoint: 'src/pages/offline.astro', pattern: (w) => `/${w.offline}` },
  { entrypoint: 'src/pages/[part]/[slug]/presentatie.astro', pattern: (w) => `/[part]/[slug]/${w.presentation}` },
];

/** The routes the integration injects for the English edition. */
export function englishRoutes(): { pattern: string; entrypoint: string }[] {
  return LOCALIZED_TEMPLATES.map((template) => ({
    pattern: `/en${template.pattern(SEGMENTS.en)}`.replace(/\/$/, ''),
    entrypoint: `./${template.entrypoint}`,
  }));
}

/** The language of the route getStaticPaths is asked for (its `routePattern` option, which has no trailing slash). */
export function routeLocale(routePattern: string | undefined): Locale {
  return localeOfPath(`${routePattern ?? ''}/`);
}
