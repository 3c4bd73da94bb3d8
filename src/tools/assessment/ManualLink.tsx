import { assessmentStrings } from './strings/index';

/** The link to the scan's verantwoording; in an embed it opens a tab, so the learner's frame stays. */
export function ManualLink({ href, newTab }: { href: string; newTab: boolean }) {
  const t = assessmentStrings();
  if (!newTab) return <a href={href}>{t.verantwoordingShort}</a>;
  return (
    <a href={href} target="_blank" rel="noopener">
      {t.verantwoordingShort}
      <span className="visually-hidden"> {t.newTab}</span>
    </a>
  );
}
