import { ErrorSummary } from '../../shared/components/ErrorSummary';
import type { Submission } from './useSubmit';

/** The error summary of a form: its field errors, refusals that name no field, or a stale version (409). */
export function FormProblems({ title, submission: s, onReload }: { title: string; submission: Submission; onReload: () => void }) {
  if (s.conflict) {
    return (
      <ErrorSummary errors={[]} focusKey={s.submits} title="This changed after you opened it">
        <p>Your change was not saved. Reload the page to see the latest version, then try again.</p>
        <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={onReload}>
          Reload
        </button>
      </ErrorSummary>
    );
  }
  if (!s.errors.length && !s.refusals.length) return null;
  return (
    <ErrorSummary errors={s.errors} focusKey={s.submits} title={title}>
      {s.refusals.length > 0 && (
        <ul className="nhsuk-list nhsuk-error-summary__list">
          {s.refusals.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      )}
    </ErrorSummary>
  );
}
