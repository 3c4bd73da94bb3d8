/** The row that ends a form in the feedback tool: its submit button, then any other actions. */
import type { ReactNode } from 'react';

interface Props {
  submitLabel: string;
  /** More buttons after the submit button. */
  children?: ReactNode;
}

export function SubmitActions({ submitLabel, children }: Props) {
  return (
    <div className="feedback-form__actions">
      <button type="submit" className="button">
        {submitLabel}
      </button>
      {children}
    </div>
  );
}
