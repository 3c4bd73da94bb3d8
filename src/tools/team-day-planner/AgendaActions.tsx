/** Under the agenda: print, the calendar file, and a new programme after an inline confirmation. */
import { useId } from 'react';
import { ConfirmButton } from '../shared/ConfirmButton';
import { teamDayPlannerStrings } from './strings/index';

interface Props {
  calendarError: string | null;
  onDownload: () => void;
  onNewPlan: () => void;
}

export function AgendaActions({ calendarError, onDownload, onNewPlan }: Props) {
  const t = teamDayPlannerStrings();
  const id = useId();

  return (
    <div className="team-day-planner__actions-block" data-print="hide">
      <p id={`${id}-download-help`} className="team-day-planner__help">
        {t.downloadHelp}
      </p>
      <div className="team-day-planner__actions">
        <button type="button" className="button" onClick={() => window.print()}>
          {t.print}
        </button>
        <button type="button" className="button button--secondary" aria-describedby={`${id}-download-help`} onClick={onDownload}>
          {t.download}
        </button>
        <ConfirmButton
          label={t.newPlan}
          question={t.newPlanQuestion}
          confirmLabel={t.newPlanYes}
          cancelLabel={t.cancel}
          onConfirm={onNewPlan}
          refocusAfterConfirm
        />
      </div>
      {calendarError && (
        <p className="team-day-planner__error" role="alert">
          {calendarError}
        </p>
      )}
    </div>
  );
}
