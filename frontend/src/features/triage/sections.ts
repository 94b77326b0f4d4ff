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
