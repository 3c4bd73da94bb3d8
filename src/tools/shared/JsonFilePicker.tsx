/**
 * "Choose a file" for an import, styled as a secondary button (`.file-picker` in base.css).
 * The real input keeps focus and its name; it is cleared after each choice, so choosing the
 * same file again is reported again.
 */
import { useId } from 'react';

export function JsonFilePicker({ label, onFile }: { label: string; onFile: (file: File | undefined) => void }) {
  const id = useId();
  return (
    <div className="file-picker">
      <input
        id={id}
        className="file-picker__input"
        type="file"
        accept="application/json,.json"
        onChange={(event) => {
          onFile(event.target.files?.[0]);
          event.target.value = '';
        }}
      />
      <label htmlFor={id} className="button button--secondary">
        {label}
      </label>
    </div>
  );
}
