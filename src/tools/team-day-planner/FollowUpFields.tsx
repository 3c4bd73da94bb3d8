/** Part 3: the follow-up session, by default four weeks after the team day. */
import { useId } from 'react';
import { teamDayPlannerStrings } from './strings/index';
import { followUpDate, LIMITS, type TeamDayContent, type TeamDayPlan } from './team-day-planner';
import { MinutesField } from './MinutesField';
import { LabelledSection } from '../shared/LabelledSection';

interface Props {
  content: TeamDayContent;
  plan: TeamDayPlan;
  onChange: (plan: TeamDayPlan) => void;
}

export function FollowUpFields({ content, plan, onChange }: Props) {
  const t = teamDayPlannerStrings();
  const id = useId();
  const followUp = plan.followUp;
  const change = (next: Partial<TeamDayPlan['followUp']>) => onChange({ ...plan, followUp: { ...followUp, ...next } });
  return (
    <LabelledSection className="team-day-planner__section" heading={t.followUpTitle}>
      <p className="team-day-planner__help">{t.followUpHelp}</p>
      <p className="team-day-planner__purpose">
        <strong>{t.purpose}:</strong> {content.followUp.purpose}
      </p>
      <div className="team-day-planner__row">
        <div className="team-day-planner__field">
          <label htmlFor={`${id}-date`}>{t.followUpDateLabel}</label>
          <input
            id={`${id}-date`}
            className="text-field"
            type="date"
            value={followUpDate(content, plan)}
            aria-describedby={`${id}-date-help`}
            onChange={(event) => change({ date: event.target.value })}
          />
          <p id={`${id}-date-help`} className="team-day-planner__help">
            {t.followUpDateHelp}
          </p>
          {followUp.date !== '' && plan.date !== '' && (
            <button type="button" className="button--link team-day-planner__reset" onClick={() => change({ date: '' })}>
              {t.followUpDateReset}
            </button>
          )}
        </div>
        <div className="team-day-planner__field">
          <label htmlFor={`${id}-start`}>{t.followUpStartLabel}</label>
          <input id={`${id}-start`} className="text-field" type="time" value={followUp.start} onChange={(event) => change({ start: event.target.value })} />
        </div>
        <MinutesField
          id={`${id}-minutes`}
          label={t.followUpMinutesLabel}
          value={followUp.minutes}
          limits={LIMITS.followUp}
          onCommit={(minutes) => change({ minutes })}
        />
      </div>
      <div className="team-day-planner__field">
        <label htmlFor={`${id}-lead`}>{t.followUpLeadLabel}</label>
        <input id={`${id}-lead`} className="text-field" type="text" maxLength={80} value={followUp.lead} onChange={(event) => change({ lead: event.target.value })} />
      </div>
    </LabelledSection>
  );
}
