/**
 * A button for an action that destroys something (start over, delete all). It first asks,
 * inline: the question with "yes" and "cancel". Focus goes to the safe choice when the
 * question appears, back to the button on cancel, and after "yes" wherever the action
 * leads (or back to the button, when `refocusAfterConfirm`).
 */
import { useEffect, useId, useRef, useState } from 'react';

interface Props {
  label: string;
  /** A fuller name for assistive technology when many such buttons share one label ("Verwijder: …"); it starts with `label`. */
  accessibleLabel?: string;
  question: string;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm: () => void;
  refocusAfterConfirm?: boolean;
  triggerClassName?: string;
}

export function ConfirmButton({ label, accessibleLabel, question, confirmLabel, cancelLabel, onConfirm, refocusAfterConfirm = false, triggerClassName = 'button button--secondary' }: Props) {
  const id = useId();
  const [asking, setAsking] = useState(false);
  const trigger = useRef<HTMLButtonElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  useEffect(() => {
    if (asking) cancel.current?.focus();
    else if (returnFocus.current) trigger.current?.focus();
    returnFocus.current = false;
  }, [asking]);

  const close = (refocus: boolean) => {
    returnFocus.current = refocus;
    setAsking(false);
  };

  if (!asking) {
    return (
      <button ref={trigger} type="button" className={triggerClassName} aria-label={accessibleLabel} onClick={() => setAsking(true)}>
        {label}
      </button>
    );
  }
  return (
    <div className="confirm" role="group" aria-labelledby={`${id}-question`}>
      <p id={`${id}-question`}>{question}</p>
      <button
        type="button"
        className="button button--danger"
        onClick={() => {
          close(refocusAfterConfirm);
          onConfirm();
        }}
      >
        {confirmLabel}
      </button>
      <button ref={cancel} type="button" className="button button--secondary" onClick={() => close(true)}>
        {cancelLabel}
      </button>
    </div>
  );
}
