/**
 * "Choose a file" for an import, styled as a secondary button (`.file-picker` in base.css).
 * The real input keeps focus and its name; it is cleared after each choice, so choosing the
 * same file again is reported again. With `multiple`, several files at once (`onFiles`).
 */
import { useId } from 'react';

type Choice = { multiple?: false; onFile: (file: File | undefined) => void } | { multiple: true; onFiles: (files: File[]) => void };

export function JsonFilePicker(props: { label: string; describedBy?: string } & Choice) {
  const id = useId();
  return (
    <div className="file-picker">
      <input
        id={id}
        className="file-picker__input"
        type="file"
        accept="application/json,.json"
        multiple={props.multiple}
        aria-describedby={props.describedBy}
        onChange={(event) => {
          const files = [...(event.target.files ?? [])];
          if (props.multiple) props.onFiles(files);
          else props.onFile(files[0]);
          event.target.value = '';
        }}
      />
      <label htmlFor={id} className="button button--secondary">
        {props.label}
      </label>
    </div>
  );
}
