import type { FormEvent, ReactNode } from 'react';
import type { Saving } from './useSave';
import { changedWhileWorking, ErrorSummary } from '../../shared/components/error-summary';

interface Props {
  id: string;
  title: string;
  button: string;
  saving: Saving;
  /** Typed text not saved yet: an earlier "saved" no longer describes the form. */
  dirty: boolean;
  editable: boolean;
  onReload: () => void;
  onSubmit: () => void;
  /** What is shown when the response is closed or the caller may not change it. */
  readOnly: ReactNode;
  children: ReactNode;
}

/** One part of the work: its heading, the error summary of its last save, and its form (or what was recorded). */
export function SectionForm({ id, title, button, saving, dirty, editable, onReload, onSubmit, readOnly, children }: Props) {
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit();
  };
  return (
    <section aria-labelledby={`${id}-heading`} className="nhsuk-u-margin-bottom-7">
      <h2 id={`${id}-heading`}>{title}</h2>
      <ErrorSummary problem={saving.problem} focusKey={saving.submits} titleId={`${id}-error-title`} conflict={changedWhileWorking('learning response', onReload, true)} />
      {saving.saved && !dirty && (
        <div className="nhsuk-inset-text" role="status">
          <span className="nhsuk-u-visually-hidden">Information: </span>
          <p>{title} saved.</p>
        </div>
      )}
      {editable ? (
        <form noValidate onSubmit={submit}>
          {children}
          <button className="nhsuk-button" type="submit" disabled={saving.saving} aria-disabled={saving.saving}>
            {button}
          </button>
        </form>
      ) : (
        readOnly
      )}
    </section>
  );
}

/** "Add another …" and "Remove" buttons of the lists in a section. */
export function AddButton({ onClick, children }: { onClick: () => void; children: ReactNode }) {
  return (
    <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={onClick}>
      {children}
    </button>
  );
}

export function RemoveButton({ onClick, what }: { onClick: () => void; what: string }) {
  return (
    <button type="button" className="nhsuk-button nhsuk-button--secondary nhsuk-button--small" onClick={onClick}>
      Remove <span className="nhsuk-u-visually-hidden">{what}</span>
    </button>
  );
}

/** Replaces item `index` of a list with a changed copy. */
export function replaceAt<T>(list: T[], index: number, change: Partial<T>): T[] {
  return list.map((item, i) => (i === index ? { ...item, ...change } : item));
}
