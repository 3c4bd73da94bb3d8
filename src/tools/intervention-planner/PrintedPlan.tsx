/**
 * The plan as it prints: title, goal, the date to look back, and per chosen intervention
 * its steps with owner and date, earliest first. Hidden on screen (the form above shows
 * the same), shown only in print.
 */
import { interventionPlannerStrings } from './strings/index';
import { checkPlan, type InterventionContent, type InterventionPlan, interventionById, sortStepsByDate, stepsOf } from './intervention-planner';
import { formatDay } from '../../lib/format';

export function PrintedPlan({ content, plan }: { content: InterventionContent; plan: InterventionPlan }) {
  const t = interventionPlannerStrings();
  const p = t.printed;
  const summary = checkPlan(content, plan);
  return (
    <article className="intervention-planner-print" data-testid="printed-plan">
      <h2>{plan.title.trim() || p.defaultTitle}</h2>
      <dl className="intervention-planner-print__facts fact-list">
        <div>
          <dt>{p.goal}</dt>
          <dd>{plan.goal.trim() || p.noGoal}</dd>
        </div>
        <div>
          <dt>{p.review}</dt>
          <dd>{plan.reviewDate ? formatDay(plan.reviewDate) : p.noDate}</dd>
        </div>
      </dl>
      {plan.chosen.length === 0 && <p>{p.noneChosen}</p>}
      {plan.chosen.map((id) => {
        const intervention = interventionById(content, id);
        const steps = sortStepsByDate(stepsOf(plan, id));
        return (
          <section key={id} className="intervention-planner-print__intervention">
            <h3>
              {intervention.number}. {intervention.name}
            </h3>
            {steps.length === 0 ? (
              <p>{p.noSteps}</p>
            ) : (
              <table>
                <thead>
                  <tr>
                    <th scope="col">{p.step}</th>
                    <th scope="col">{p.owner}</th>
                    <th scope="col">{p.due}</th>
                  </tr>
                </thead>
                <tbody>
                  {steps.map((step) => (
                    <tr key={step.id}>
                      <td>{step.what.trim() || p.noWhat}</td>
                      <td>{step.owner.trim() || p.noOwner}</td>
                      <td className="intervention-planner-print__date">{step.due ? formatDay(step.due) : p.noDate}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
        );
      })}
      {plan.chosen.length > 0 && (
        <p className="intervention-planner-print__summary">
          <strong>{p.combinedTitle}:</strong> {t.summary(summary.chosen, summary.pairs, summary.possible)}
        </p>
      )}
    </article>
  );
}
