import { ErrorSummary } from './ErrorSummary';
import type { SaveProblem } from './saveProblem';

interface Props {
  problem: SaveProblem | null;
  focusKey: number;
  /** Unique per form on the page. */
  titleId: string;
  /** "event" or "case": what someone else may have changed. */
  what: string;
  onReload: () => void;
  /** The form keeps what was typed across the reload (the work on a learning response). */
  keepsDraft?: boolean;
}

/** The error summary of a form that saves with a version: a conflict offers a reload, other problems list what to fix. */
export function SaveProblemSummary({ problem, focusKey, titleId, what, onReload, keepsDraft = false }: Props) {
  if (!problem) return null;
  if (problem.kind === 'conflict')
    return (
      <ErrorSummary errors={[]} focusKey={focusKey} titleId={titleId} title={`Someone else changed this ${what} while you were working on it`}>
        <p>Someone else changed this {what} after you opened it, so your changes were not saved.</p>
        {keepsDraft ? (
          <p>Reload the {what} to see the latest version. What you typed stays here: check it, then save again.</p>
        ) : (
          <p>Reload the {what} to see the latest version, then make your changes again.</p>
        )}
        <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={onReload}>
          Reload the {what}
        </button>
      </ErrorSummary>
    );
  if (problem.kind === 'message')
    return (
      <ErrorSummary errors={[]} focusKey={focusKey} titleId={titleId}>
        <p>{problem.message}</p>
      </ErrorSummary>
    );
  return <ErrorSummary errors={problem.errors} focusKey={focusKey} titleId={titleId} />;
}
