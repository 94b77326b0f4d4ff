import { ErrorSummary } from '../../shared/components/ErrorSummary';
import type { SaveState } from './useSave';

/** The error summary of one form on the candour page: field errors, refusals, or "changed since you opened it". */
export function CandourProblems({ save, title, titleId, onReload }: { save: SaveState; title: string; titleId: string; onReload: () => void }) {
  if (save.conflict) {
    return (
      <ErrorSummary errors={[]} focusKey={save.submits} titleId={titleId} title="This candour record changed after you opened it">
        <p>Your change was not saved. Reload the page to see the latest version, then try again.</p>
        <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={onReload}>
          Reload the candour record
        </button>
      </ErrorSummary>
    );
  }
  return (
    <ErrorSummary errors={save.errors} focusKey={save.submits} titleId={titleId} title={save.refusals.length && !save.errors.length ? title : undefined}>
      {save.refusals.length > 0 && (
        <ul className="nhsuk-list nhsuk-error-summary__list">
          {save.refusals.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      )}
    </ErrorSummary>
  );
}
