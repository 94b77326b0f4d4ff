import { useEffect, useRef } from 'react';
import type { EventDetail } from '../../shared/api/types';

/** What every form on the event page gets from the page. */
export interface SectionProps {
  event: EventDetail;
  /** The service's answer after a save, and what to tell the person. */
  onSaved: (event: EventDetail, message: string) => void;
  /** Reload the event (after someone else changed it). */
  onReload: () => void;
  /** Whether the form shows an error summary (the page title then starts with "Error:"). */
  onProblem: (hasProblem: boolean) => void;
}

/** "Triage saved." and the like: announced, and focused when it replaces the form the person used. */
export function SavedNotice({ message, focus = false }: { message: string | null; focus?: boolean }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (message && focus) ref.current?.focus();
  }, [message, focus]);
  if (!message) return null;
  return (
    <div className="nhsuk-inset-text" role="status" tabIndex={-1} ref={ref}>
      <span className="nhsuk-u-visually-hidden">Information: </span>
      <p>{message}</p>
    </div>
  );
}
