/**
 * Step 2: the five interventions as checkboxes. A chosen one shows what it needs and which
 * others strengthen it, each marked in words as chosen or not yet chosen. The sixth
 * ("combineer ze") is shown as the check on the whole plan, not as a box to tick.
 */
import { useId } from 'react';
import { interventieplannerStrings } from '../../i18n/tools/interventieplanner';
import { COMBINE, INTERVENTIONS, type InterventionId, type InterventionPlan, interventionById, reinforcersOf, stepsOf } from '../../lib/tools/interventions';

interface Props {
  plan: InterventionPlan;
  onToggle: (id: InterventionId, on: boolean) => void;
}

export function InterventionChoice({ plan, onToggle }: Props) {
  const t = interventieplannerStrings();
  const id = useId();
  return (
    <fieldset className="iplanner__section iplanner__choose" aria-describedby={`${id}-help`}>
      <legend>
        <h2>{t.chooseLegend}</h2>
      </legend>
      <p id={`${id}-help`} className="iplanner__help">
        {t.chooseHelp}
      </p>
      <ul className="iplanner__options" role="list">
        {INTERVENTIONS.map((intervention) => {
          const chosen = plan.chosen.includes(intervention.id);
          const kept = stepsOf(plan, intervention.id).length;
          return (
            <li key={intervention.id} className={`iplanner__option${chosen ? ' iplanner__option--chosen' : ''}`}>
              <label className="iplanner__check">
                <input type="checkbox" checked={chosen} onChange={(event) => onToggle(intervention.id, event.target.checked)} />
                <span>
                  <span className="iplanner__number">{intervention.number}.</span> {intervention.name}
                </span>
              </label>
              {chosen ? (
                <div className="iplanner__details" data-testid={`details-${intervention.id}`}>
                  <p className="iplanner__subhead">{t.needsTitle}</p>
                  <ul>
                    {intervention.needs.map((need) => (
                      <li key={need}>{need}</li>
                    ))}
                  </ul>
                  <p className="iplanner__subhead">{t.reinforcedBy}</p>
                  <ul className="iplanner__reinforcers">
                    {reinforcersOf(intervention.id).map((reinforcer) => {
                      const isChosen = plan.chosen.includes(reinforcer.id);
                      return (
                        <li key={reinforcer.id}>
                          <strong>{interventionById(reinforcer.id).name}</strong>{' '}
                          <span className={`iplanner__tag${isChosen ? ' iplanner__tag--chosen' : ''}`}>({isChosen ? t.chosen : t.notChosen})</span>
                          <br />
                          {reinforcer.why}
                        </li>
                      );
                    })}
                  </ul>
                </div>
              ) : (
                kept > 0 && <p className="iplanner__kept">{t.keptSteps(kept)}</p>
              )}
            </li>
          );
        })}
        <li className="iplanner__option iplanner__option--combine">
          <p className="iplanner__combine-name">
            <span className="iplanner__number">{COMBINE.number}.</span> {COMBINE.name}
          </p>
          <p className="iplanner__help">{t.combineText}</p>
          <ul>
            {COMBINE.needs.map((need) => (
              <li key={need}>{need}</li>
            ))}
          </ul>
        </li>
      </ul>
    </fieldset>
  );
}
