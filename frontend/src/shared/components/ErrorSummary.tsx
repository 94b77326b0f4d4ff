import { useEffect, useRef, type MouseEvent, type ReactNode } from 'react';
import type { FieldMessage } from './fields';

interface Props {
  errors: FieldMessage[];
  /** Changes on every submit so that the summary takes focus again. */
  focusKey?: number;
  title?: string;
  /** Give each summary on a page its own title id (a page with several forms). */
  titleId?: string;
  children?: ReactNode;
}

/** NHS error summary: "There is a problem", links to each field, takes focus when shown. */
export function ErrorSummary({ errors, focusKey, title = 'There is a problem', titleId = 'error-summary-title', children }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const visible = errors.length > 0 || Boolean(children);

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

  return (
    <div className="nhsuk-error-summary" aria-labelledby={titleId} tabIndex={-1} ref={ref}>
      <div role="alert">
        <h2 className="nhsuk-error-summary__title" id={titleId}>
          {title}
        </h2>
        <div className="nhsuk-error-summary__body">
          {children}
          {errors.length > 0 && (
            <ul className="nhsuk-list nhsuk-error-summary__list">
              {errors.map((e) => (
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
