/**
 * A question's answers as radio buttons, each in its label; the first takes `firstOptionRef`,
 * so a tool can move focus into the group when the answer is missing. The tool names the
 * classes (its CSS block) and reports the choice.
 */
import type { Ref } from 'react';

interface Props<Value extends string | number> {
  className: string;
  /** The class of one option's label (a tool may mark some options apart). */
  optionClass: (value: Value) => string;
  /** The radio group's name. */
  name: string;
  options: readonly { value: Value; label: string }[];
  chosen: Value | null | undefined;
  onChoose: (value: Value) => void;
  firstOptionRef: Ref<HTMLInputElement>;
}

export function AnswerOptions<Value extends string | number>({ className, optionClass, name, options, chosen, onChoose, firstOptionRef }: Props<Value>) {
  return (
    <div className={className}>
      {options.map((option, index) => (
        <label key={String(option.value)} className={optionClass(option.value)}>
          <input
            ref={index === 0 ? firstOptionRef : undefined}
            type="radio"
            name={name}
            value={String(option.value)}
            checked={chosen === option.value}
            onChange={() => onChoose(option.value)}
          />
          <span>{option.label}</span>
        </label>
      ))}
    </div>
  );
}
