import type { ChangeEvent, ReactNode } from 'react';

/** One error message for one form control; `id` is the control's id (the error summary links to it). */
export interface FieldMessage {
  id: string;
  message: string;
}

export type ErrorMap = Record<string, string | undefined>;

export function toErrorMap(errors: FieldMessage[]): ErrorMap {
  const map: ErrorMap = {};
  for (const e of errors) if (!map[e.id]) map[e.id] = e.message;
  return map;
}

function describedBy(...ids: unknown[]): string | undefined {
  const list = ids.filter((x): x is string => typeof x === 'string' && x !== '');
  return list.length ? list.join(' ') : undefined;
}

export function ErrorMessage({ id, message }: { id: string; message?: string }) {
  if (!message) return null;
  return (
    <span className="nhsuk-error-message" id={`${id}-error`}>
      <span className="nhsuk-u-visually-hidden">Error:</span> {message}
    </span>
  );
}

export function Hint({ id, children }: { id: string; children?: ReactNode }) {
  if (!children) return null;
  return (
    <div className="nhsuk-hint" id={`${id}-hint`}>
      {children}
    </div>
  );
}

interface BaseProps {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  /** Show the label as the page heading (one question on the page). */
  isPageHeading?: boolean;
  labelSize?: 's' | 'm' | 'l';
}

function Label({ id, label, isPageHeading, labelSize }: Pick<BaseProps, 'id' | 'label' | 'isPageHeading' | 'labelSize'>) {
  const size = labelSize ?? (isPageHeading ? 'l' : undefined);
  const label_ = (
    <label className={`nhsuk-label${size ? ` nhsuk-label--${size}` : ''}`} htmlFor={id}>
      {label}
    </label>
  );
  return isPageHeading ? <h1 className="nhsuk-label-wrapper">{label_}</h1> : label_;
}

function group(error?: string, extra = '') {
  return `nhsuk-form-group${error ? ' nhsuk-form-group--error' : ''}${extra ? ` ${extra}` : ''}`;
}

export interface TextInputProps extends BaseProps {
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'date' | 'time' | 'email' | 'search';
  width?: 2 | 3 | 4 | 5 | 10 | 20 | 30;
  inputMode?: 'numeric' | 'text';
  autoComplete?: string;
  spellCheck?: boolean;
  maxDate?: string;
}

export function TextInput(p: TextInputProps) {
  const cls = ['nhsuk-input', p.width ? `nhsuk-input--width-${p.width}` : '', p.error ? 'nhsuk-input--error' : '']
    .filter(Boolean)
    .join(' ');
  return (
    <div className={group(p.error)}>
      <Label {...p} />
      <Hint id={p.id}>{p.hint}</Hint>
      <ErrorMessage id={p.id} message={p.error} />
      <input
        className={cls}
        id={p.id}
        name={p.id}
        type={p.type ?? 'text'}
        value={p.value}
        inputMode={p.inputMode}
        autoComplete={p.autoComplete ?? 'off'}
        spellCheck={p.spellCheck}
        max={p.maxDate}
        aria-describedby={describedBy(p.hint && `${p.id}-hint`, p.error && `${p.id}-error`)}
        onChange={(e: ChangeEvent<HTMLInputElement>) => p.onChange(e.target.value)}
      />
    </div>
  );
}

export interface TextareaProps extends BaseProps {
  value: string;
  onChange: (value: string) => void;
  rows?: number;
  maxLength?: number;
}

export function Textarea(p: TextareaProps) {
  const over = p.maxLength !== undefined ? p.value.length - p.maxLength : 0;
  const countId = `${p.id}-count`;
  return (
    <div className={group(p.error)}>
      <Label {...p} />
      <Hint id={p.id}>{p.hint}</Hint>
      <ErrorMessage id={p.id} message={p.error} />
      <textarea
        className={`nhsuk-textarea${p.error ? ' nhsuk-textarea--error' : ''}`}
        id={p.id}
        name={p.id}
        rows={p.rows ?? 5}
        value={p.value}
        aria-describedby={describedBy(p.hint && `${p.id}-hint`, p.error && `${p.id}-error`, p.maxLength !== undefined && countId)}
        onChange={(e) => p.onChange(e.target.value)}
      />
      {p.maxLength !== undefined && (
        <div id={countId} className={`nhsuk-hint nhsuk-character-count__message${over > 0 ? ' nhsuk-error-message' : ''}`}>
          {over > 0
            ? `You have ${over.toLocaleString('en-GB')} character${over === 1 ? '' : 's'} too many`
            : `You can enter up to ${p.maxLength.toLocaleString('en-GB')} characters`}
        </div>
      )}
    </div>
  );
}

export interface Option {
  value: string;
  text: string;
  hint?: string | null;
  /** Options with a group are shown under an <optgroup> of that label (selects only). */
  group?: string;
}

function groupOptions(options: Option[]): { label?: string; options: Option[] }[] {
  const groups: { label?: string; options: Option[] }[] = [];
  for (const o of options) {
    const last = groups[groups.length - 1];
    if (last && last.label === o.group) last.options.push(o);
    else groups.push({ label: o.group, options: [o] });
  }
  return groups;
}

export interface SelectProps extends BaseProps {
  value: string;
  onChange: (value: string) => void;
  options: Option[];
  /** Text of the empty first option; omit for no empty option. */
  placeholder?: string;
}

export function Select(p: SelectProps) {
  return (
    <div className={group(p.error)}>
      <Label {...p} />
      <Hint id={p.id}>{p.hint}</Hint>
      <ErrorMessage id={p.id} message={p.error} />
      <select
        className={`nhsuk-select${p.error ? ' nhsuk-select--error' : ''}`}
        id={p.id}
        name={p.id}
        value={p.value}
        aria-describedby={describedBy(p.hint && `${p.id}-hint`, p.error && `${p.id}-error`)}
        onChange={(e) => p.onChange(e.target.value)}
      >
        {p.placeholder !== undefined && <option value="">{p.placeholder}</option>}
        {groupOptions(p.options).map((g, i) => {
          const items = g.options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.text}
            </option>
          ));
          return g.label ? (
            <optgroup key={`${g.label}-${i}`} label={g.label}>
              {items}
            </optgroup>
          ) : (
            items
          );
        })}
      </select>
    </div>
  );
}

export interface RadiosProps {
  /** id of the first radio (the error summary links to it); the others get `${id}-2`, `${id}-3`… */
  id: string;
  name?: string;
  legend: ReactNode;
  legendSize?: 's' | 'm' | 'l';
  isPageHeading?: boolean;
  hint?: ReactNode;
  error?: string;
  value: string;
  onChange: (value: string) => void;
  options: Option[];
  inline?: boolean;
  /** Shown under the chosen option (conditional reveal). */
  conditional?: Record<string, ReactNode>;
}

export function Radios(p: RadiosProps) {
  const size = p.legendSize ?? (p.isPageHeading ? 'l' : 'm');
  const legendText = p.isPageHeading ? <h1 className="nhsuk-fieldset__heading">{p.legend}</h1> : p.legend;
  return (
    <div className={group(p.error)}>
      <fieldset
        className="nhsuk-fieldset"
        aria-describedby={describedBy(p.hint && `${p.id}-hint`, p.error && `${p.id}-error`)}
      >
        <legend className={`nhsuk-fieldset__legend nhsuk-fieldset__legend--${size}`}>{legendText}</legend>
        <Hint id={p.id}>{p.hint}</Hint>
        <ErrorMessage id={p.id} message={p.error} />
        <div className={`nhsuk-radios${p.inline ? ' nhsuk-radios--inline' : ''}`}>
          {p.options.map((o, i) => {
            const optionId = i === 0 ? p.id : `${p.id}-${i + 1}`;
            const reveal = p.conditional?.[o.value];
            return (
              <div key={o.value}>
                <div className="nhsuk-radios__item">
                  <input
                    className="nhsuk-radios__input"
                    id={optionId}
                    name={p.name ?? p.id}
                    type="radio"
                    value={o.value}
                    checked={p.value === o.value}
                    aria-describedby={o.hint ? `${optionId}-item-hint` : undefined}
                    onChange={() => p.onChange(o.value)}
                  />
                  <label className="nhsuk-label nhsuk-radios__label" htmlFor={optionId}>
                    {o.text}
                  </label>
                  {o.hint && (
                    <div className="nhsuk-hint nhsuk-radios__hint" id={`${optionId}-item-hint`}>
                      {o.hint}
                    </div>
                  )}
                </div>
                {reveal && p.value === o.value && (
                  <div className="nhsuk-radios__conditional" id={`${optionId}-conditional`}>
                    {reveal}
                  </div>
                )}
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}

export interface CheckboxProps {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  checked: boolean;
  onChange: (checked: boolean) => void;
  error?: string;
}

/** A single checkbox (no fieldset needed for one yes/no choice). */
export function Checkbox(p: CheckboxProps) {
  return (
    <div className={group(p.error)}>
      <ErrorMessage id={p.id} message={p.error} />
      <div className="nhsuk-checkboxes">
        <div className="nhsuk-checkboxes__item">
          <input
            className="nhsuk-checkboxes__input"
            id={p.id}
            name={p.id}
            type="checkbox"
            checked={p.checked}
            aria-describedby={describedBy(p.hint && `${p.id}-item-hint`, p.error && `${p.id}-error`)}
            onChange={(e) => p.onChange(e.target.checked)}
          />
          <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor={p.id}>
            {p.label}
          </label>
          {p.hint && (
            <div className="nhsuk-hint nhsuk-checkboxes__hint" id={`${p.id}-item-hint`}>
              {p.hint}
            </div>
          )}
        </div>
      </div>
    </div>
  );
}

export function Fieldset({ legend, size = 'm', children }: { legend: ReactNode; size?: 's' | 'm' | 'l'; children: ReactNode }) {
  return (
    <div className="nhsuk-form-group">
      <fieldset className="nhsuk-fieldset">
        <legend className={`nhsuk-fieldset__legend nhsuk-fieldset__legend--${size}`}>{legend}</legend>
        {children}
      </fieldset>
    </div>
  );
}
