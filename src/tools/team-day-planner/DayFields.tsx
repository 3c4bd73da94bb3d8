/** Part 1 of the planner: title, date, start time and place of the team day. */
import { useId } from 'react';
import { teamDayPlannerStrings } from './strings/index';
import type { TeamDayPlan } from './team-day-planner';
import { LabelledSection } from '../shared/LabelledSection';

interface Props {
  plan: TeamDayPlan;
  onChange: (plan: TeamDayPlan) => void;
}

export function DayFields({ plan, onChange }: Props) {
  const t = teamDayPlannerStrings();
  const id = useId();
  return (
    <LabelledSection className="team-day-planner__section" heading={t.dayTitle}>
      <div className="team-day-planner__field">
        <label htmlFor={`${id}-title`}>{t.titleLabel}</label>
        <input id={`${id}-title`} className="text-field" type="text" maxLength={120} value={plan.title} onChange={(event) => onChange({ ...plan, title: event.target.value })} />
      </div>
      <div className="team-day-planner__row">
        <div className="team-day-planner__field">
          <label htmlFor={`${id}-date`}>{t.dateLabel}</label>
          <input id={`${id}-date`} className="text-field" type="date" value={plan.date} onChange={(event) => onChange({ ...plan, date: event.target.value })} />
        </div>
        <div className="team-day-planner__field">
          <label htmlFor={`${id}-start`}>{t.startLabel}</label>
          <input id={`${id}-start`} className="text-field" type="time" value={plan.start} onChange={(event) => onChange({ ...plan, start: event.target.value })} />
        </div>
      </div>
      <div className="team-day-planner__field">
        <label htmlFor={`${id}-location`}>{t.locationLabel}</label>
        <input
          id={`${id}-location`}
          className="text-field"
          type="text"
          maxLength={160}
          value={plan.location}
          onChange={(event) => onChange({ ...plan, location: event.target.value })}
        />
      </div>
    </LabelledSection>
  );
}
