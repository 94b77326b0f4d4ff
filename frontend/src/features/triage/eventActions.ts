import type { EventDetail } from '../../shared/api/types';

/** Still being worked on: neither decided nor closed (a duplicate is closed). */
export function isOpen(event: Pick<EventDetail, 'status'>): boolean {
  return event.status === 'submitted' || event.status === 'in-triage';
}

/**
 * Where the panel decision for this event is recorded, or null when it is not recorded from the
 * event: it is decided or closed, or it is in a case (the case is decided as a whole).
 */
export function decisionHrefFor(event: Pick<EventDetail, 'id' | 'status' | 'case' | 'duplicateOf'>): string | null {
  if (!isOpen(event) || event.case || event.duplicateOf) return null;
  return `/decisions/new?eventId=${encodeURIComponent(event.id)}`;
}
