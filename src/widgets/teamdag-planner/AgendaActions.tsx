/** Under the agenda: print, the calendar file, and a new programme after an inline confirmation. */
import { useEffect, useId, useRef, useState } from 'react';
import { teamdagPlannerStrings } from '../../i18n/tools/teamdag-planner';

interface Props {
  calendarError: string | null;
  onDownload: () => void;
  onNewPlan: () => void;
}

export function AgendaActions({ calendarError, onDownload, onNewPlan }: Props) {
  const t = teamdagPlannerStrings();
  const id = useId();
  const [confirming, setConfirming] = useState(false);
  const cancelButton = useRef<HTMLButtonElement>(null);
  const newPlanButton = useRef<HTMLButtonElement>(null);
  const asked = useRef(false);

  // Focus goes to the safe choice when the question appears, and back when it closes.
  useEffect(() => {
    if (confirming) cancelButton.current?.focus();
    else if (asked.current) newPlanButton.current?.focus();
    asked.current = confirming;
  }, [confirming]);

  return (
    <div className="tdp__actions-block" data-print="hide">
      <p id={`${id}-download-help`} className="tdp__help">
        {t.downloadHelp}
      </p>
      <div className="tdp__actions">
        <button type="button" className="button" onClick={() => window.print()}>
          {t.print}
        </button>
        <button type="button" className="button button--secondary" aria-describedby={`${id}-download-help`} onClick={onDownload}>
          {t.download}
        </button>
        {!confirming && (
          <button type="button" ref={newPlanButton} className="button button--secondary" onClick={() => setConfirming(true)}>
            {t.newPlan}
          </button>
        )}
      </div>
      {calendarError && (
        <p className="tdp__error" role="alert">
          {calendarError}
        </p>
      )}
      {confirming && (
        <div className="tdp__confirm" role="group" aria-labelledby={`${id}-confirm`}>
          <p id={`${id}-confirm`}>{t.newPlanQuestion}</p>
          <button
            type="button"
            className="button button--danger"
            onClick={() => {
              setConfirming(false);
              onNewPlan();
            }}
          >
            {t.newPlanYes}
          </button>
          <button type="button" ref={cancelButton} className="button button--secondary" onClick={() => setConfirming(false)}>
            {t.cancel}
          </button>
        </div>
      )}
    </div>
  );
}
