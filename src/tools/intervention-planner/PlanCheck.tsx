/**
 * Step 4: the sixth intervention as a check on the whole plan. How many chosen
 * interventions strengthen each other, an honest word on what is missing, printing and
 * starting a new plan (after an inline confirmation).
 */
import { ConfirmButton } from '../shared/ConfirmButton';
import { interventionPlannerStrings } from './strings/index';
import { checkPlan, type InterventionContent, type InterventionId, type InterventionPlan, interventionById, type PlanFinding, reinforcingPairs } from './intervention-planner';
import { LabelledSection } from '../shared/LabelledSection';

interface Props {
  content: InterventionContent;
  plan: InterventionPlan;
  onNewPlan: () => void;
}

export function findingText(content: InterventionContent, finding: PlanFinding): string {
  const t = interventionPlannerStrings();
  const name = (id: InterventionId) => interventionById(content, id).name;
  const f = t.findings;
  switch (finding.kind) {
    case 'none-chosen':
      return f.noneChosen;
    case 'training-alone':
      return f.trainingAlone;
    case 'single':
      return f.single(name(finding.id));
    case 'too-few':
      return f.tooFew(finding.count);
    case 'behaviour-missing':
      return f.behaviourMissing;
    case 'no-steps':
      return f.noSteps(name(finding.id));
    case 'step-incomplete':
      return f.stepIncomplete(
        name(finding.id),
        finding.position,
        finding.missing.map((field) => t.fields[field]),
      );
    case 'group-owner':
      return f.groupOwner(name(finding.id), finding.position, finding.owner);
    case 'no-goal':
      return f.noGoal;
    case 'no-review-date':
      return f.noReviewDate;
    case 'combined':
      return f.combined(finding.count);
  }
}

export function PlanCheck({ content, plan, onNewPlan }: Props) {
  const t = interventionPlannerStrings();
  const summary = checkPlan(content, plan);
  const pairs = reinforcingPairs(content, plan.chosen);
  const done = summary.findings.length === 1 && summary.findings[0]!.kind === 'combined';

  return (
    <LabelledSection className="intervention-planner__section intervention-planner__plan-check" heading={t.summaryTitle}>
      <p className="intervention-planner__summary" aria-live="polite" data-testid="plan-summary">
        {t.summary(summary.chosen, summary.pairs, summary.possible)}
      </p>
      {pairs.length > 0 && (
        <>
          <p className="intervention-planner__subhead">{t.pairsTitle}</p>
          <ul className="intervention-planner__pairs">
            {pairs.map(({ between: [a, b], why }) => (
              <li key={`${a}-${b}`}>
                <strong>
                  {interventionById(content, a).name} + {interventionById(content, b).name}
                </strong>
                <br />
                {why}
              </li>
            ))}
          </ul>
        </>
      )}
      <div className={`intervention-planner__findings${done ? ' intervention-planner__findings--done' : ''}`} data-testid="plan-findings">
        <p className="intervention-planner__subhead">{done ? t.doneTitle : t.todoTitle}</p>
        <ul>
          {summary.findings.map((finding, index) => (
            <li key={`${finding.kind}-${index}`}>{findingText(content, finding)}</li>
          ))}
        </ul>
      </div>
      <div className="intervention-planner__actions">
        <button type="button" className="button" onClick={() => window.print()}>
          {t.print}
        </button>
        <ConfirmButton label={t.newPlan} question={t.newPlanQuestion} confirmLabel={t.newPlanYes} cancelLabel={t.cancel} onConfirm={onNewPlan} />
      </div>
    </LabelledSection>
  );
}
