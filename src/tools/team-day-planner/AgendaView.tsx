/**
 * Part 4: the agenda as it prints on one page. Title, date, a table of times, parts and
 * leads, and the follow-up session below it as its own block with its purpose.
 */
import type { ReactNode } from 'react';
import { teamDayPlannerStrings } from './strings/index';
import { computeAgenda, followUpDate, formatClock, parseClock, partTitle, type TeamDayContent, type TeamDayPlan } from './team-day-planner';
import { formatDay } from '../../lib/format';
import { LabelledSection } from '../shared/LabelledSection';

export function AgendaView({ content, plan, children }: { content: TeamDayContent; plan: TeamDayPlan; children?: ReactNode }) {
  const t = teamDayPlannerStrings();
  const start = parseClock(plan.start);
  const agenda = start === undefined ? null : computeAgenda(start, plan.parts);
  const date = plan.date ? formatDay(plan.date, undefined, { weekday: true }) : t.noDate;
  const location = plan.location.trim();
  const followDate = followUpDate(content, plan);
  const followStart = parseClock(plan.followUp.start);
  const time = (minutes: number) => formatClock(minutes) + (minutes > 1440 ? ` ${t.nextDay}` : '');

  return (
    <LabelledSection className="team-day-planner__section team-day-planner__agenda" heading={t.agendaTitle} headingClassName="team-day-planner__agenda-label">
      <p className="team-day-planner__agenda-title">{plan.title.trim() || content.title}</p>
      <p className="team-day-planner__agenda-when" data-testid="agenda-when">
        {agenda ? t.dayLine(date, formatClock(agenda.start), time(agenda.end), location) : t.dayLineNoTimes(date, location)}
      </p>
      {!agenda && (
        <p className="team-day-planner__warning" role="alert" data-print="hide">
          {t.noStart}
        </p>
      )}
      {agenda?.pastMidnight && (
        <p className="team-day-planner__warning" role="alert" data-print="hide">
          {t.pastMidnight}
        </p>
      )}
      <table className="team-day-planner__table" data-testid="agenda">
        <thead>
          <tr>
            <th scope="col">{t.time}</th>
            <th scope="col">{t.part}</th>
            <th scope="col" className="team-day-planner__lead">
              {t.lead}
            </th>
          </tr>
        </thead>
        <tbody>
          {agenda
            ? agenda.rows.map((row) =>
                row.kind === 'part' ? (
                  <tr key={row.part.id}>
                    <td className="team-day-planner__time">
                      {formatClock(row.start)}–{time(row.end)}
                    </td>
                    <th scope="row">
                      {partTitle(content, row.part)}
                      <LeadInline lead={row.part.lead} />
                    </th>
                    <td className="team-day-planner__lead">{row.part.lead.trim() || t.noLead}</td>
                  </tr>
                ) : (
                  <tr key={`${row.after.id}-pause`} className="team-day-planner__pause">
                    <td className="team-day-planner__time">
                      {formatClock(row.start)}–{time(row.end)}
                    </td>
                    <th scope="row">{t.pause}</th>
                    <td className="team-day-planner__lead" />
                  </tr>
                ),
              )
            : plan.parts.map((part) => (
                <tr key={part.id}>
                  <td className="team-day-planner__time">–</td>
                  <th scope="row">
                    {partTitle(content, part)}
                    <LeadInline lead={part.lead} />
                  </th>
                  <td className="team-day-planner__lead">{part.lead.trim() || t.noLead}</td>
                </tr>
              ))}
        </tbody>
      </table>

      <div className="team-day-planner__followup" data-testid="agenda-follow-up">
        <h3>{content.followUp.title}</h3>
        <p className="team-day-planner__agenda-when">
          {!followDate
            ? t.followUpNoDate
            : followStart === undefined
              ? t.followUpWhenNoStart(formatDay(followDate, undefined, { weekday: true }))
              : t.followUpWhen(formatDay(followDate, undefined, { weekday: true }), formatClock(followStart), time(followStart + plan.followUp.minutes))}
        </p>
        <p>
          <strong>{t.purpose}:</strong> {content.followUp.purpose}
        </p>
        {plan.followUp.lead.trim() && (
          <p>
            <strong>{t.leadLine}:</strong> {plan.followUp.lead.trim()}
          </p>
        )}
      </div>
      {plan.date && followDate && followDate <= plan.date && (
        <p className="team-day-planner__warning" role="alert" data-print="hide">
          {t.followUpBeforeDay}
        </p>
      )}
      {children}
    </LabelledSection>
  );
}

/** On narrow screens the lead column gives way; the lead then shows under the part's name. */
function LeadInline({ lead }: { lead: string }) {
  const t = teamDayPlannerStrings();
  if (!lead.trim()) return null;
  return (
    <span className="team-day-planner__lead-inline">
      {t.leadLine}: {lead.trim()}
    </span>
  );
}
