import type { ReactNode } from 'react';
import type { DateParts } from '../dateParts';
import { ErrorMessage } from '../fields';

interface Props {
  /** The error summary links to `${id}-day`, the first box. */
  id: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string;
  value: DateParts;
  onChange: (value: DateParts) => void;
}

const BOXES: { part: keyof DateParts; label: string; width: 2 | 4 }[] = [
  { part: 'day', label: 'Day', width: 2 },
  { part: 'month', label: 'Month', width: 2 },
  { part: 'year', label: 'Year', width: 4 },
];

/** NHS date input: day, month and year boxes in a fieldset (role group so that screen readers read the hint). */
export function DateInput({ id, legend, hint = 'For example, 15 3 2026', error, value, onChange }: Props) {
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`nhsuk-form-group${error ? ' nhsuk-form-group--error' : ''}`}>
      <fieldset className="nhsuk-fieldset" role="group" aria-describedby={describedBy}>
        <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">{legend}</legend>
        {hint && (
          <div className="nhsuk-hint" id={`${id}-hint`}>
            {hint}
          </div>
        )}
        <ErrorMessage id={id} message={error} />
        <div className="nhsuk-date-input" id={id}>
          {BOXES.map((b) => (
            <div className="nhsuk-date-input__item" key={b.part}>
              <div className="nhsuk-form-group">
                <label className="nhsuk-label nhsuk-date-input__label" htmlFor={`${id}-${b.part}`}>
                  {b.label}
                </label>
                <input
                  className={`nhsuk-input nhsuk-input--width-${b.width} nhsuk-date-input__input${error ? ' nhsuk-input--error' : ''}`}
                  id={`${id}-${b.part}`}
                  name={`${id}-${b.part}`}
                  type="text"
                  inputMode="numeric"
                  autoComplete="off"
                  value={value[b.part]}
                  onChange={(e) => onChange({ ...value, [b.part]: e.target.value })}
                />
              </div>
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
