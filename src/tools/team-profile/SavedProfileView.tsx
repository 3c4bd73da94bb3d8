/**
 * A saved team profile, opened: what the screen showed when it was saved (store.ts), per
 * dimension its band and, where the profile showed it, its median. The codes are not kept,
 * so nothing here can be recomputed or opened one code apart.
 */
import { useEffect, useId, useRef } from 'react';
import { formatDay, formatScore } from '../../lib/format';
import type { SavedProfile } from './store';
import { teamProfileStrings } from './strings/index';

interface Props {
  profile: SavedProfile;
  onClose: () => void;
}

export function SavedProfileView({ profile, onClose }: Props) {
  const t = teamProfileStrings();
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const withMedians = profile.dimensions.some((dimension) => dimension.median !== undefined);

  // Opening moves focus to the summary, so a keyboard or screen-reader user lands on what opened.
  useEffect(() => heading.current?.focus(), [profile.id]);

  return (
    <section className="team-profile__opened" aria-labelledby={`${id}-title`} data-testid="saved-profile">
      <h3 id={`${id}-title`} ref={heading} tabIndex={-1}>
        {t.profileTitle(profile.members)}
      </h3>
      <p>{t.savedSummary(profile.name, formatDay(profile.date), profile.assessment.title)}</p>
      <table className="team-profile__compare">
        <caption className="visually-hidden">{t.savedCaption(profile.name)}</caption>
        <thead>
          <tr>
            <th scope="col">{t.dimension}</th>
            <th scope="col">{t.band}</th>
            {withMedians && <th scope="col">{t.median}</th>}
          </tr>
        </thead>
        <tbody>
          {profile.dimensions.map((dimension) => (
            <tr key={dimension.id}>
              <th scope="row">{dimension.name}</th>
              <td>{dimension.band}</td>
              {withMedians && <td>{dimension.median !== undefined ? formatScore(dimension.median) : '–'}</td>}
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" className="button button--secondary button--small" onClick={onClose}>
        {t.closeSaved}
      </button>
    </section>
  );
}
