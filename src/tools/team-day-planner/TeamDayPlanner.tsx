/**
 * The team-day planner island: the day, its six-part programme (durations, leads, breaks,
 * order), the follow-up session, and the agenda with print and calendar download. Kept on
 * the device. Logic: team-day-planner.ts and ics.ts; the play's parts come as props from
 * content/tools/team-day-planner.yaml (read by ToolPage.astro).
 */
import { downloadFile } from '../shared/download';
import { useId, useState } from 'react';
import './team-day-planner.css';
import { teamDayPlannerStrings } from './strings/index';
import { buildCalendar } from './ics';
import {
  addPart,
  defaultTeamDay,
  loadTeamDay,
  movePart,
  newPlanId,
  partTitle,
  removePart,
  saveTeamDay,
  type TeamDayContent,
  type TeamDayPlan,
  teamDayEvents,
  updatePart,
} from './team-day-planner';
import { AgendaActions } from './AgendaActions';
import { AgendaView } from './AgendaView';
import { DayFields } from './DayFields';
import { FollowUpFields } from './FollowUpFields';
import { PartsEditor } from './PartsEditor';
import { StorageNotice } from '../shared/StorageNotice';
import { useFocusAfterRender } from '../shared/useFocusAfterRender';
import { useStoredState } from '../shared/useStoredState';


interface Props {
  content: TeamDayContent;
}

export default function TeamDayPlanner({ content }: Props) {
  const t = teamDayPlannerStrings();
  const base = useId();
  const { value: plan, update, problem, ready } = useStoredState(loadTeamDay, saveTeamDay, () => defaultTeamDay(content, newPlanId()));
  const [announcement, setAnnouncement] = useState('');
  const [calendarError, setCalendarError] = useState<string | null>(null);
  const focusAfterRender = useFocusAfterRender();

  const ids = {
    move: (partId: string, direction: 'up' | 'down') => `${base}-${partId}-${direction}`,
    title: (partId: string) => `${base}-${partId}-title`,
    add: `${base}-add`,
  };

  const change = (next: TeamDayPlan) => {
    update(next);
    setCalendarError(null);
  };

  const onMove = (index: number, delta: -1 | 1) => {
    const parts = movePart(plan.parts, index, delta);
    const target = index + delta;
    const moved = plan.parts[index]!;
    change({ ...plan, parts });
    setAnnouncement(t.moved(partTitle(content, moved), target + 1, parts.length));
    // Keep focus on the button that was pressed, or on the other one once the part reaches an end.
    const atEnd = delta === -1 ? target === 0 : target === parts.length - 1;
    focusAfterRender(ids.move(moved.id, (delta === -1) !== atEnd ? 'up' : 'down'));
  };

  const onAdd = () => {
    const id = newPlanId();
    change({ ...plan, parts: addPart(plan.parts, id, '') });
    setAnnouncement(t.added);
    focusAfterRender(ids.title(id));
  };

  const onRemove = (partId: string) => {
    const part = plan.parts.find((candidate) => candidate.id === partId);
    change({ ...plan, parts: removePart(plan.parts, partId) });
    if (part) setAnnouncement(t.removed(partTitle(content, part)));
    focusAfterRender(ids.add);
  };

  const onDownload = () => {
    const result = teamDayEvents(content, plan, { breakLabel: t.pause, ledBy: t.ledBy });
    if (!result.ok) {
      setCalendarError(t.calendarMissing[result.missing]);
      return;
    }
    // Saving now keeps the plan's id, so a second download updates the same calendar events.
    update(plan);
    setCalendarError(null);
    downloadFile(buildCalendar(result.events, new Date()), `teamdag-${plan.date}.ics`, 'text/calendar;charset=utf-8');
    setAnnouncement(t.downloaded);
  };

  const onNewPlan = () => {
    change(defaultTeamDay(content, newPlanId()));
    setAnnouncement(t.cleared);
  };

  return (
    <div className="team-day-planner" data-ready={ready ? 'true' : undefined}>
      <StorageNotice problem={problem} messages={t.storage} block="team-day-planner" />
      {/* A new plan gets a new uid: the key remounts the fields, so no half-typed duration survives it. */}
      <div className="team-day-planner__edit" data-print="hide" key={plan.uid}>
        <DayFields plan={plan} onChange={change} />
        <PartsEditor
          content={content}
          parts={plan.parts}
          ids={ids}
          onChange={(partId, partChange) => change({ ...plan, parts: updatePart(plan.parts, partId, partChange) })}
          onMove={onMove}
          onAdd={onAdd}
          onRemove={onRemove}
        />
        <FollowUpFields content={content} plan={plan} onChange={change} />
      </div>
      <AgendaView content={content} plan={plan}>
        <AgendaActions calendarError={calendarError} onDownload={onDownload} onNewPlan={onNewPlan} />
      </AgendaView>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}
