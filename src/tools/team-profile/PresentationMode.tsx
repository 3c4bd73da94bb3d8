import { useEffect, useRef, useState } from 'react';
import { teamProfileStrings } from './strings/index';
import type { DimensionProfile } from './team-profile';
import { DimensionCard } from './DimensionCard';

interface Props {
  dimensions: DimensionProfile[];
  onClose: () => void;
}

/**
 * For the shared screen: one dimension at a time in large type. Each dimension first asks
 * the team to guess, then reveals the picture. Arrow keys and space move on; Escape closes.
 */
export function PresentationMode({ dimensions, onClose }: Props) {
  const t = teamProfileStrings().presentation;
  const dialog = useRef<HTMLDialogElement>(null);
  const heading = useRef<HTMLParagraphElement>(null);
  // Two steps per dimension: guess, then reveal.
  const [step, setStep] = useState(0);
  const index = Math.floor(step / 2);
  const revealed = step % 2 === 1;
  const last = dimensions.length * 2 - 1;
  const dimension = dimensions[index]!;

  useEffect(() => {
    // The cleanup closes the dialog that was opened, not whatever the ref points to by then.
    const opened = dialog.current;
    opened?.showModal();
    return () => opened?.close();
  }, []);
  useEffect(() => {
    heading.current?.focus();
  }, [step]);

  const move = (by: number) => setStep((current) => Math.min(last, Math.max(0, current + by)));

  return (
    <dialog
      ref={dialog}
      className="presentation"
      aria-label={t.label}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      onKeyDown={(event) => {
        if (event.target instanceof HTMLButtonElement && (event.key === ' ' || event.key === 'Enter')) return;
        if (event.key === 'ArrowRight' || event.key === ' ' || event.key === 'PageDown') {
          event.preventDefault();
          move(1);
        } else if (event.key === 'ArrowLeft' || event.key === 'PageUp') {
          event.preventDefault();
          move(-1);
        }
      }}
    >
      <div className="presentation__bar">
        <p className="presentation__progress" ref={heading} tabIndex={-1} aria-live="polite">
          {t.progress(index + 1, dimensions.length)}
        </p>
        <button type="button" className="button button--secondary" onClick={onClose}>
          {t.close}
        </button>
      </div>
      {revealed ? (
        <DimensionCard dimension={dimension} headingLevel={2} large />
      ) : (
        <div className="presentation__guess">
          <h2>{dimension.name}</h2>
          <p>{t.guess}</p>
        </div>
      )}
      <div className="presentation__nav">
        <button type="button" className="button button--secondary" onClick={() => move(-1)} disabled={step === 0}>
          {t.previous}
        </button>
        {step < last ? (
          <button type="button" className="button" onClick={() => move(1)}>
            {revealed ? t.next : t.reveal}
          </button>
        ) : (
          <p className="presentation__end">{t.end}</p>
        )}
      </div>
      <p className="presentation__keys">{t.keys}</p>
    </dialog>
  );
}
