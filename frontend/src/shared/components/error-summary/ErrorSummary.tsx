import { useEffect, useRef, type MouseEvent, type ReactNode } from 'react';
import type { FieldMessage } from '../fields';
import type { FormProblem } from '../../forms/formProblem';

/** What the summary says when someone else changed the record first, and how to get the latest version. */
export interface ConflictText {
  title: string;
  body: ReactNode;
  reload?: { label: string; onClick: () => void };
}

interface Props {
  /** Field messages: each links to its control. */
  errors?: FieldMessage[];
  /** What a form's submit came to (useSubmit): its field messages, refusals and a change made meanwhile. */
  problem?: FormProblem | null;
  /** Said when the problem is a conflict; without it, a conflict shows nothing. */
  conflict?: ConflictText;
  /** Changes on every submit so that the summary takes focus again. */
  focusKey?: number;
  title?: string;
  /** The title when the summary lists only refusals (nothing on the form to correct). */
  refusedTitle?: string;
  /** Give each summary on a page its own title id (a page with several forms). */
  titleId?: string;
  children?: ReactNode;
}

/**
 * The NHS error summary (nhsuk-frontend pattern): "There is a problem", a link to each field to correct, refusals
 * that name no field, or a change made meanwhile with a way to reload; takes focus when shown and on each submit.
 */
export function ErrorSummary({ errors = [], problem, conflict, focusKey, title, refusedTitle, titleId = 'error-summary-title', children }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const conflicted = Boolean(problem?.conflict && conflict);
  const links = conflicted ? [] : [...errors, ...(problem?.errors ?? [])];
  const messages = conflicted ? [] : (problem?.messages ?? []);
  const visible = conflicted || links.length > 0 || messages.length > 0 || Boolean(children);

  useEffect(() => {
    if (visible) ref.current?.focus();
  }, [visible, focusKey]);

  if (!visible) return null;

  const goTo = (e: MouseEvent<HTMLAnchorElement>, id: string) => {
    const target = document.getElementById(id);
    if (!target) return;
    e.preventDefault();
    const group = target.closest('fieldset') ?? target.closest('.nhsuk-form-group') ?? target;
    group.scrollIntoView({ block: 'start' });
    target.focus({ preventScroll: true });
  };
  const heading =
    (conflicted ? conflict?.title : undefined) ?? title ?? (messages.length && !links.length ? refusedTitle : undefined) ?? 'There is a problem';

  return (
    <div className="nhsuk-error-summary" aria-labelledby={titleId} tabIndex={-1} ref={ref}>
      <div role="alert">
        <h2 className="nhsuk-error-summary__title" id={titleId}>
          {heading}
        </h2>
        <div className="nhsuk-error-summary__body">
          {children}
          {conflicted && conflict && (
            <>
              {conflict.body}
              {conflict.reload && (
                <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={conflict.reload.onClick}>
                  {conflict.reload.label}
                </button>
              )}
            </>
          )}
          {(messages.length > 0 || links.length > 0) && (
            <ul className="nhsuk-list nhsuk-error-summary__list">
              {messages.map((m) => (
                <li key={`message:${m}`}>{m}</li>
              ))}
              {links.map((e) => (
                <li key={`${e.id}:${e.message}`}>
                  <a href={`#${e.id}`} onClick={(ev) => goTo(ev, e.id)}>
                    {e.message}
                  </a>
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
    </div>
  );
}

/** Said when the record changed since the form was opened: the form's change was not saved. */
export function changedSinceOpened(title: string, onReload?: () => void, reloadLabel = 'Reload'): ConflictText {
  return {
    title,
    body: <p>Your change was not saved. Reload the page to see the latest version, then try again.</p>,
    reload: onReload && { label: reloadLabel, onClick: onReload },
  };
}

/** Said when someone else saved the `what` (event, case…) while this person was working on it. */
export function changedWhileWorking(what: string, onReload: () => void, keepsDraft = false): ConflictText {
  return {
    title: `Someone else changed this ${what} while you were working on it`,
    body: (
      <>
        <p>Someone else changed this {what} after you opened it, so your changes were not saved.</p>
        {keepsDraft ? (
          <p>Reload the {what} to see the latest version. What you typed stays here: check it, then save again.</p>
        ) : (
          <p>Reload the {what} to see the latest version, then make your changes again.</p>
        )}
      </>
    ),
    reload: { label: `Reload the ${what}`, onClick: onReload },
  };
}
