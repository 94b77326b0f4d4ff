import { useEffect, useRef } from 'react';

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
