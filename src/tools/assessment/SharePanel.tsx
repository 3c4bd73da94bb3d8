import { useCopy } from '../shared/useCopy';
import { assessmentStrings } from './strings/index';

interface Props {
  code: string;
  /** The share link; absent for a teamscan, whose code only the team profile opens. */
  link?: string | undefined;
  onDownload: () => void;
}

/** The result code and (but for a teamscan) the share link, with copy buttons; also print and download. */
export function SharePanel({ code, link, onDownload }: Props) {
  const t = assessmentStrings().share;
  const { status, copy } = useCopy<'code' | 'link'>();
  const message = { code: t.copiedCode, link: t.copiedLink, failed: t.copyFailed };

  return (
    <section className="share" aria-labelledby="share-title" data-print="hide">
      <h3 id="share-title">{t.title}</h3>
      <p className="share__label" id="result-code-label">
        {t.codeLabel}
      </p>
      <p className="share__code">
        <output aria-labelledby="result-code-label" data-testid="result-code">
          {code}
        </output>
      </p>
      <p className="share__help">{link ? t.codeHelp : t.teamCodeHelp}</p>
      <div className="share__actions">
        <button type="button" className="button" onClick={() => copy('code', code)}>
          {t.copyCode}
        </button>
        {link && (
          <button type="button" className="button button--secondary" onClick={() => copy('link', link)}>
            {t.copyLink}
          </button>
        )}
        <button type="button" className="button button--secondary" onClick={() => window.print()}>
          {t.print}
        </button>
        <button type="button" className="button button--secondary" onClick={onDownload}>
          {t.download}
        </button>
      </div>
      <p className="share__status" role="status">
        {status ? message[status] : ''}
      </p>
      {link && <p className="share__help">{t.linkHelp}</p>}
    </section>
  );
}
