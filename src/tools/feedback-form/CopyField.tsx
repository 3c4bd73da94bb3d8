import { type ReactNode, useId } from 'react';
import { useCopy } from '../shared/useCopy';
import { feedbackFormStrings } from './strings/index';

interface Props {
  label: string;
  value: string;
  copyLabel: string;
  copiedMessage: string;
  testId?: string;
  /** More actions next to the copy button. */
  children?: ReactNode;
}

/**
 * A read-only field with a link or code, and a copy button. The field selects itself on
 * focus, so copying by hand works where the clipboard is blocked.
 */
export function CopyField({ label, value, copyLabel, copiedMessage, testId, children }: Props) {
  const t = feedbackFormStrings();
  const id = useId();
  const { status, copy } = useCopy<'copied'>();

  return (
    <div className="feedback-form-copy">
      <label htmlFor={id} className="feedback-form-copy__label">
        {label}
      </label>
      <textarea
        id={id}
        className="feedback-form-copy__value"
        readOnly
        rows={value.length > 400 ? 6 : 3}
        value={value}
        spellCheck={false}
        data-testid={testId}
        onFocus={(event) => event.currentTarget.select()}
      />
      <div className="feedback-form__actions" data-print="hide">
        <button type="button" className="button" onClick={() => copy('copied', value)}>
          {copyLabel}
        </button>
        {children}
      </div>
      <p className="feedback-form__status" role="status">
        {status === 'copied' ? copiedMessage : status === 'failed' ? t.copyFailed : ''}
      </p>
    </div>
  );
}
