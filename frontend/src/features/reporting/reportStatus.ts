import type { EventDetail, EventSummary } from '../../shared/api/types';

/** Where a report is, in words a reporter understands (the tag alone is a single word). */
export function reportStatusText(report: Pick<EventSummary, 'status'> & Pick<Partial<EventDetail>, 'duplicateOf'>): string {
  switch (report.status) {
    case 'submitted':
      return 'Received. The patient safety team will look at it.';
    case 'in-triage':
      return 'The patient safety team is looking at it.';
    case 'decided':
      return 'The patient safety team has decided how to respond to it.';
    case 'closed':
      return report.duplicateOf
        ? 'Closed. Someone else had already reported the same event, and that report is followed up instead.'
        : 'Closed. The patient safety team has finished with it.';
    default:
      return '';
  }
}
