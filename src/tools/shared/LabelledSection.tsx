/**
 * A part of a tool named by its own h2 (`aria-labelledby`), so screen readers list it as a
 * region under that heading: the planners' steps, the agenda, the plan check.
 */
import { type ReactNode, useId } from 'react';

interface Props {
  className: string;
  heading: ReactNode;
  headingClassName?: string;
  children: ReactNode;
}

export function LabelledSection({ className, heading, headingClassName, children }: Props) {
  const headingId = `${useId()}-heading`;
  return (
    <section className={className} aria-labelledby={headingId}>
      <h2 id={headingId} className={headingClassName}>
        {heading}
      </h2>
      {children}
    </section>
  );
}
