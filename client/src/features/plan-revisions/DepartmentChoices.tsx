import { useId } from 'react';

type Props = { legend: string; hint: string; departments: { id: string; name: string }[]; chosen: string[]; onToggle: (id: string, on: boolean) => void; error?: string };

/** 担当課: any of the plan's departments, as checkboxes in a named group (none: the planning division answers). */
export function DepartmentChoices({ legend, hint, departments, chosen, onToggle, error }: Props) {
  const id = useId();
  return (
    <fieldset className="choice-group department-choices" aria-describedby={[`${id}-hint`, error ? `${id}-error` : null].filter(Boolean).join(' ')}>
      <legend>{legend}</legend>
      <p id={`${id}-hint`} className="hint">
        {hint}
      </p>
      <div className="department-grid">
        {departments.map((d) => (
          <div className="choice" key={d.id}>
            <input id={`${id}-${d.id}`} type="checkbox" checked={chosen.includes(d.id)} onChange={(e) => onToggle(d.id, e.target.checked)} aria-invalid={!!error || undefined} />
            <label htmlFor={`${id}-${d.id}`}>{d.name}</label>
          </div>
        ))}
      </div>
      {error && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}
