import { ErrorSummary } from '../../shared/components/ErrorSummary';
import type { ToolProblem } from './problems';

/** The error summary of a form of the tool: fields to correct, the tool's refusals, or a change made meanwhile. */
export function ToolProblemSummary({ problem, focusKey, title, onReload }: { problem: ToolProblem; focusKey: number; title?: string; onReload?: () => void }) {
  if (problem.stale)
    return (
      <ErrorSummary errors={[]} focusKey={focusKey} title="This changed after you opened it">
        <p>The other person using the tool recorded something first, so your answer was not saved.</p>
        {onReload && (
          <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={onReload}>
            Reload
          </button>
        )}
      </ErrorSummary>
    );
  if (!problem.errors.length && !problem.messages.length) return null;
  return (
    <ErrorSummary errors={problem.errors} focusKey={focusKey} title={title}>
      {problem.messages.length > 0 && (
        <ul className="nhsuk-list nhsuk-error-summary__list">
          {problem.messages.map((m) => (
            <li key={m}>{m}</li>
          ))}
        </ul>
      )}
    </ErrorSummary>
  );
}
