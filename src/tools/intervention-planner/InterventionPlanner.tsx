/**
 * The intervention planner island: a goal, the chosen interventions with what they need
 * and what strengthens them, steps with an owner and a date, and the plan check (the sixth
 * intervention). Kept on the device; printed as a clean plan. Logic: intervention-planner.ts;
 * the interventions themselves come as props from content/tools/intervention-planner.yaml
 * (read by ToolPage.astro).
 */
import { useId, useState } from 'react';
import './intervention-planner.css';
import { interventionPlannerStrings } from './strings/index';
import {
  addStep,
  emptyPlan,
  type InterventionId,
  type InterventionContent,
  interventionById,
  loadPlan,
  newStepId,
  removeStep,
  savePlan,
  toggleIntervention,
} from './intervention-planner';
import { GoalFields } from './GoalFields';
import { InterventionChoice } from './InterventionChoice';
import { PlanCheck } from './PlanCheck';
import { PrintedPlan } from './PrintedPlan';
import { StepsEditor } from './StepsEditor';
import { StorageNotice } from '../shared/StorageNotice';
import { useFocusAfterRender } from '../shared/useFocusAfterRender';
import { useStoredState } from '../shared/useStoredState';

interface Props {
  content: InterventionContent;
}

export default function InterventionPlanner({ content }: Props) {
  const t = interventionPlannerStrings();
  const base = useId();
  const { value: plan, update, problem, ready } = useStoredState(loadPlan, savePlan, emptyPlan);
  const [announcement, setAnnouncement] = useState('');
  const focusAfterRender = useFocusAfterRender();

  const ids = {
    title: `${base}-title`,
    stepField: (stepId: string, field: string) => `${base}-step-${stepId}-${field}`,
    addButton: (id: InterventionId) => `${base}-add-${id}`,
  };

  const onAddStep = (id: InterventionId) => {
    const stepId = newStepId();
    update(addStep(plan, id, stepId));
    setAnnouncement(t.stepAdded(interventionById(content, id).name));
    focusAfterRender(ids.stepField(stepId, 'what'));
  };

  const onRemoveStep = (id: InterventionId, stepId: string) => {
    update(removeStep(plan, stepId));
    setAnnouncement(t.stepRemoved(interventionById(content, id).name));
    focusAfterRender(ids.addButton(id));
  };

  const onNewPlan = () => {
    update(emptyPlan());
    setAnnouncement(t.cleared);
    focusAfterRender(ids.title);
  };

  return (
    <div className="intervention-planner" data-ready={ready ? 'true' : undefined}>
      <StorageNotice problem={problem} messages={t.storage} block="intervention-planner" />
      <div className="intervention-planner__edit" data-print="hide">
        <GoalFields plan={plan} titleId={ids.title} onChange={update} />
        <InterventionChoice content={content} plan={plan} onToggle={(id, on) => update(toggleIntervention(plan, id, on))} />
        <StepsEditor content={content} plan={plan} ids={ids} onChange={update} onAdd={onAddStep} onRemove={onRemoveStep} />
        <PlanCheck content={content} plan={plan} onNewPlan={onNewPlan} />
      </div>
      <PrintedPlan content={content} plan={plan} />
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}
