/**
 * Part 2: the programme. Each part has its duration, who leads it and an optional break
 * after it; parts move up and down with buttons, added parts can be removed, the six parts
 * of the play cannot.
 */
import { useId } from 'react';
import { teamDayPlannerStrings } from './strings/index';
import { type AgendaPart, corePart, LIMITS, partTitle, type TeamDayContent } from './team-day-planner';
import { MinutesField } from './MinutesField';
import { LabelledSection } from '../shared/LabelledSection';

interface Props {
  content: TeamDayContent;
  parts: AgendaPart[];
  ids: { move: (partId: string, direction: 'up' | 'down') => string; title: (partId: string) => string; add: string };
  onChange: (partId: string, change: Partial<Omit<AgendaPart, 'id' | 'core'>>) => void;
  onMove: (index: number, delta: -1 | 1) => void;
  onAdd: () => void;
  onRemove: (partId: string) => void;
}

export function PartsEditor({ content, parts, ids, onChange, onMove, onAdd, onRemove }: Props) {
  const t = teamDayPlannerStrings();
  return (
    <LabelledSection className="team-day-planner__section" heading={t.programmeTitle}>
      <p className="team-day-planner__help">{t.programmeHelp}</p>
      <ol className="team-day-planner__parts" role="list">
        {parts.map((part, index) => (
          <li key={part.id} className={`team-day-planner__part${part.core ? '' : ' team-day-planner__part--extra'}`}>
            <PartFields
              content={content}
              part={part}
              position={index + 1}
              isFirst={index === 0}
              isLast={index === parts.length - 1}
              ids={ids}
              onChange={(change) => onChange(part.id, change)}
              onMove={(delta) => onMove(index, delta)}
              onRemove={() => onRemove(part.id)}
            />
          </li>
        ))}
      </ol>
      <button type="button" id={ids.add} className="button button--secondary" onClick={onAdd}>
        {t.addPart}
      </button>
    </LabelledSection>
  );
}

interface PartProps {
  content: TeamDayContent;
  part: AgendaPart;
  position: number;
  isFirst: boolean;
  isLast: boolean;
  ids: Props['ids'];
  onChange: (change: Partial<Omit<AgendaPart, 'id' | 'core'>>) => void;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
}

function PartFields({ content, part, position, isFirst, isLast, ids, onChange, onMove, onRemove }: PartProps) {
  const t = teamDayPlannerStrings();
  const id = useId();
  const title = partTitle(content, part);
  const core = part.core ? corePart(content, part.core) : undefined;
  const moves = [
    { direction: 'up', delta: -1, word: t.moveUp, disabled: isFirst },
    { direction: 'down', delta: 1, word: t.moveDown, disabled: isLast },
  ] as const;
  return (
    <fieldset className="team-day-planner__part-fields">
      <legend>
        <span className="team-day-planner__position">{position}.</span> {title}{' '}
        <span className="team-day-planner__tag">{core ? t.coreTag : t.extraTag}</span>
      </legend>
      {core && <p className="team-day-planner__about">{core.about}</p>}
      {!core && (
        <div className="team-day-planner__field">
          <label htmlFor={ids.title(part.id)}>{t.partTitleLabel}</label>
          <input id={ids.title(part.id)} className="text-field" type="text" maxLength={100} value={part.title} onChange={(event) => onChange({ title: event.target.value })} />
        </div>
      )}
      <div className="team-day-planner__field">
        <label htmlFor={`${id}-lead`}>{t.leadLabel}</label>
        <input id={`${id}-lead`} className="text-field" type="text" maxLength={80} value={part.lead} onChange={(event) => onChange({ lead: event.target.value })} />
      </div>
      <div className="team-day-planner__row">
        <MinutesField id={`${id}-minutes`} label={t.minutesLabel} value={part.minutes} limits={LIMITS.part} onCommit={(minutes) => onChange({ minutes })} />
        {!isLast && (
          <MinutesField
            id={`${id}-break`}
            label={t.breakLabel}
            help={t.breakHelp}
            value={part.breakAfter}
            limits={LIMITS.pause}
            emptyIsZero
            onCommit={(breakAfter) => onChange({ breakAfter })}
          />
        )}
      </div>
      {isLast && part.breakAfter > 0 && <p className="team-day-planner__note">{t.lastBreakIgnored(part.breakAfter)}</p>}
      {/* The buttons' names say which part they move; each name starts with its visible word. */}
      <div className="team-day-planner__part-actions">
        {moves.map((move) => (
          <button
            key={move.direction}
            type="button"
            id={ids.move(part.id, move.direction)}
            className="button button--secondary button--small"
            disabled={move.disabled}
            aria-label={move.word + t.partName(title)}
            onClick={() => onMove(move.delta)}
          >
            {move.word}
          </button>
        ))}
        {!core && (
          <button
            type="button"
            className="button button--secondary button--small"
            aria-label={t.removePart + t.partName(title)}
            onClick={onRemove}
          >
            {t.removePart}
          </button>
        )}
      </div>
    </fieldset>
  );
}
