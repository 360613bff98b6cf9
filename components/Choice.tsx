export interface Option<T extends string> {
  value: T;
  label: string;
}

interface Props<T extends string> {
  name: string;
  label: string;
  value: T;
  options: readonly Option<T>[];
  onChange: (value: T) => void;
}

/** A labelled select over a fixed set of options. */
export function Choice<T extends string>({ name, label, value, options, onChange }: Props<T>) {
  return (
    <label>
      {label}
      <select
        name={name}
        value={value}
        // The options are ours, so the selected value is one of T.
        onChange={(event) => onChange(event.currentTarget.value as T)}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
}
