/** Step 1 of the plan: its title, the "waartoe" and the date to look back together. */
import { useId } from 'react';
import { interventionPlannerStrings } from './strings/index';
import type { InterventionPlan } from './intervention-planner';
import { LabelledSection } from '../shared/LabelledSection';

interface Props {
  plan: InterventionPlan;
  titleId: string;
  onChange: (plan: InterventionPlan) => void;
}

export function GoalFields({ plan, titleId, onChange }: Props) {
  const t = interventionPlannerStrings();
  const id = useId();
  return (
    <LabelledSection className="intervention-planner__section" heading={t.planTitle}>
      <div className="intervention-planner__field">
        <label htmlFor={titleId}>{t.titleLabel}</label>
        <p id={`${id}-title-help`} className="intervention-planner__help">
          {t.titleHelp}
        </p>
        <input
          id={titleId}
          className="text-field"
          type="text"
          maxLength={120}
          value={plan.title}
          aria-describedby={`${id}-title-help`}
          onChange={(event) => onChange({ ...plan, title: event.target.value })}
        />
      </div>
      <div className="intervention-planner__field">
        <label htmlFor={`${id}-goal`}>{t.goalLabel}</label>
        <p id={`${id}-goal-help`} className="intervention-planner__help">
          {t.goalHelp}
        </p>
        <input
          id={`${id}-goal`}
          className="text-field intervention-planner__wide"
          type="text"
          maxLength={240}
          value={plan.goal}
          aria-describedby={`${id}-goal-help`}
          onChange={(event) => onChange({ ...plan, goal: event.target.value })}
        />
      </div>
      <div className="intervention-planner__field intervention-planner__field--date">
        <label htmlFor={`${id}-review`}>{t.reviewLabel}</label>
        <p id={`${id}-review-help`} className="intervention-planner__help">
          {t.reviewHelp}
        </p>
        <input
          id={`${id}-review`}
          className="text-field"
          type="date"
          value={plan.reviewDate}
          aria-describedby={`${id}-review-help`}
          onChange={(event) => onChange({ ...plan, reviewDate: event.target.value })}
        />
      </div>
    </LabelledSection>
  );
}
