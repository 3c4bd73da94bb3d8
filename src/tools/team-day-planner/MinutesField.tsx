/**
 * A duration in minutes. What the user types stays on screen while it is not a valid
 * duration, with a message that says why and which value the agenda still uses; a valid
 * value goes straight into the plan.
 */
import { useState } from 'react';
import { teamDayPlannerStrings } from './strings/index';
import { parseMinutes } from './team-day-planner';

interface Props {
  id: string;
  label: string;
  value: number;
  limits: { min: number; max: number };
  onCommit: (value: number) => void;
  /** An empty field means 0 (used for breaks). */
  emptyIsZero?: boolean;
  help?: string;
}

export function MinutesField({ id, label, value, limits, onCommit, emptyIsZero = false, help }: Props) {
  const t = teamDayPlannerStrings();
  const [draft, setDraft] = useState<string | null>(null);
  const text = draft ?? String(value);
  const parsed = emptyIsZero && text.trim() === '' ? ({ ok: true, value: 0 } as const) : parseMinutes(text, limits);
  const describedBy = [help ? `${id}-help` : '', parsed.ok ? '' : `${id}-error`].filter(Boolean).join(' ') || undefined;

  return (
    <div className="team-day-planner__field team-day-planner__field--minutes">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        // Text, not number: a number field empties itself on "4,5" or "een uur", and then the message could not say what is wrong.
        className="text-field"
        type="text"
        inputMode="numeric"
        autoComplete="off"
        value={text}
        aria-invalid={parsed.ok ? undefined : true}
        aria-describedby={describedBy}
        onChange={(event) => {
          const next = event.target.value;
          setDraft(next);
          const result = emptyIsZero && next.trim() === '' ? ({ ok: true, value: 0 } as const) : parseMinutes(next, limits);
          if (result.ok && result.value !== value) onCommit(result.value);
        }}
        onBlur={() => {
          if (parsed.ok) setDraft(null);
        }}
      />
      {help && (
        <p id={`${id}-help`} className="team-day-planner__help">
          {help}
        </p>
      )}
      {!parsed.ok && (
        <p id={`${id}-error`} className="team-day-planner__error" role="alert">
          {t.minutesProblem(parsed.problem, limits, value)}
        </p>
      )}
    </div>
  );
}
