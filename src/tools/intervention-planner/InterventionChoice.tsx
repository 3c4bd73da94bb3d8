/**
 * Step 2: the five interventions as checkboxes. A chosen one shows what it needs and which
 * others strengthen it, each marked in words as chosen or not yet chosen. The sixth
 * ("combineer ze") is shown as the check on the whole plan, not as a box to tick.
 */
import { useId } from 'react';
import { interventionPlannerStrings } from './strings/index';
import { type InterventionContent, type InterventionId, type InterventionPlan, interventionById, reinforcersOf, stepsOf } from './intervention-planner';

interface Props {
  content: InterventionContent;
  plan: InterventionPlan;
  onToggle: (id: InterventionId, on: boolean) => void;
}

export function InterventionChoice({ content, plan, onToggle }: Props) {
  const { combine } = content;
  const t = interventionPlannerStrings();
  const id = useId();
  return (
    <fieldset className="intervention-planner__section intervention-planner__choose" aria-describedby={`${id}-help`}>
      <legend>
        <h2>{t.chooseLegend}</h2>
      </legend>
      <p id={`${id}-help`} className="intervention-planner__help">
        {t.chooseHelp}
      </p>
      <ul className="intervention-planner__options" role="list">
        {content.interventions.map((intervention) => {
          const chosen = plan.chosen.includes(intervention.id);
          const kept = stepsOf(plan, intervention.id).length;
          return (
            <li key={intervention.id} className={`intervention-planner__option${chosen ? ' intervention-planner__option--chosen' : ''}`}>
              <label className="intervention-planner__check">
                <input type="checkbox" checked={chosen} onChange={(event) => onToggle(intervention.id, event.target.checked)} />
                <span>
                  <span className="intervention-planner__number">{intervention.number}.</span> {intervention.name}
                </span>
              </label>
              {chosen ? (
                <div className="intervention-planner__details" data-testid={`details-${intervention.id}`}>
                  <p className="intervention-planner__subhead">{t.needsTitle}</p>
                  <ul>
                    {intervention.needs.map((need) => (
                      <li key={need}>{need}</li>
                    ))}
                  </ul>
                  <p className="intervention-planner__subhead">{t.reinforcedBy}</p>
                  <ul className="intervention-planner__reinforcers">
                    {reinforcersOf(content, intervention.id).map((reinforcer) => {
                      const isChosen = plan.chosen.includes(reinforcer.id);
                      return (
                        <li key={reinforcer.id}>
                          <strong>{interventionById(content, reinforcer.id).name}</strong>{' '}
                          <span className={`intervention-planner__tag${isChosen ? ' intervention-planner__tag--chosen' : ''}`}>({isChosen ? t.chosen : t.notChosen})</span>
                          <br />
                          {reinforcer.why}
                        </li>
                      );
                    })}
                  </ul>
                </div>
              ) : (
                kept > 0 && <p className="intervention-planner__kept">{t.keptSteps(kept)}</p>
              )}
            </li>
          );
        })}
        <li className="intervention-planner__option intervention-planner__option--combine">
          <p className="intervention-planner__combine-name">
            <span className="intervention-planner__number">{combine.number}.</span> {combine.name}
          </p>
          <p className="intervention-planner__help">{t.combineText}</p>
          <ul>
            {combine.needs.map((need) => (
              <li key={need}>{need}</li>
            ))}
          </ul>
        </li>
      </ul>
    </fieldset>
  );
}
