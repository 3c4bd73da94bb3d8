/**
 * Step 3: per chosen intervention its steps, each with what happens, one owner and a date.
 * Steps stay in the order they were written while editing; the printed plan sorts by date.
 */
import { useId } from 'react';
import { interventionPlannerStrings } from './strings/index';
import { type InterventionContent, type InterventionId, type InterventionPlan, interventionById, type PlanStep, stepsOf, updateStep } from './intervention-planner';
import { LabelledSection } from '../shared/LabelledSection';

interface Props {
  content: InterventionContent;
  plan: InterventionPlan;
  ids: { stepField: (stepId: string, field: string) => string; addButton: (id: InterventionId) => string };
  onChange: (plan: InterventionPlan) => void;
  onAdd: (id: InterventionId) => void;
  onRemove: (id: InterventionId, stepId: string) => void;
}

export function StepsEditor({ content, plan, ids, onChange, onAdd, onRemove }: Props) {
  const t = interventionPlannerStrings();
  const id = useId();
  return (
    <LabelledSection className="intervention-planner__section" heading={t.stepsTitle}>
      <p className="intervention-planner__help">{t.stepsHelp}</p>
      {plan.chosen.length === 0 && <p className="intervention-planner__empty">{t.stepsEmpty}</p>}
      {plan.chosen.map((interventionId) => {
        const intervention = interventionById(content, interventionId);
        const steps = stepsOf(plan, interventionId);
        return (
          <section key={interventionId} className="intervention-planner__steps" aria-labelledby={`${id}-${interventionId}`}>
            <h3 id={`${id}-${interventionId}`}>
              <span className="intervention-planner__number">{intervention.number}.</span> {intervention.name}
            </h3>
            {steps.length === 0 && <p className="intervention-planner__empty">{t.noStepsYet}</p>}
            {steps.map((step, index) => (
              <StepFields
                key={step.id}
                step={step}
                position={index + 1}
                name={intervention.name}
                fieldId={(field) => ids.stepField(step.id, field)}
                onChange={(change) => onChange(updateStep(plan, step.id, change))}
                onRemove={() => onRemove(interventionId, step.id)}
              />
            ))}
            <button type="button" id={ids.addButton(interventionId)} className="button button--secondary" onClick={() => onAdd(interventionId)}>
              {t.addStep}
              <span className="visually-hidden">{t.addStepFor(intervention.name)}</span>
            </button>
          </section>
        );
      })}
    </LabelledSection>
  );
}

interface StepProps {
  step: PlanStep;
  position: number;
  name: string;
  fieldId: (field: string) => string;
  onChange: (change: Partial<Pick<PlanStep, 'what' | 'owner' | 'due'>>) => void;
  onRemove: () => void;
}

function StepFields({ step, position, name, fieldId, onChange, onRemove }: StepProps) {
  const t = interventionPlannerStrings();
  return (
    <fieldset className="intervention-planner__step">
      <legend>{t.stepLegend(position)}</legend>
      <div className="intervention-planner__field intervention-planner__field--what">
        <label htmlFor={fieldId('what')}>{t.whatLabel}</label>
        <input id={fieldId('what')} className="text-field" type="text" maxLength={240} value={step.what} onChange={(event) => onChange({ what: event.target.value })} />
      </div>
      <div className="intervention-planner__field">
        <label htmlFor={fieldId('owner')}>{t.ownerLabel}</label>
        <input id={fieldId('owner')} className="text-field" type="text" maxLength={80} value={step.owner} onChange={(event) => onChange({ owner: event.target.value })} />
      </div>
      <div className="intervention-planner__field intervention-planner__field--date">
        <label htmlFor={fieldId('due')}>{t.dueLabel}</label>
        <input id={fieldId('due')} className="text-field" type="date" value={step.due} onChange={(event) => onChange({ due: event.target.value })} />
      </div>
      <button type="button" className="button button--secondary button--small intervention-planner__remove" onClick={onRemove}>
        {t.removeStep}
        <span className="visually-hidden">{t.removeStepOf(position, name)}</span>
      </button>
    </fieldset>
  );
}
