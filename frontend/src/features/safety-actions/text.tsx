import type { ProgressStatus, SafetyActionEffectiveness, SafetyActionSource, SafetyActionStatus, SafetyActionSummary } from './types';

export const ACTION_STATUS_TEXT: Record<SafetyActionStatus, string> = {
  proposed: 'Proposed',
  agreed: 'Agreed',
  'in-progress': 'In progress',
  completed: 'Completed',
  cancelled: 'Cancelled',
};

const STATUS_COLOUR: Record<SafetyActionStatus, string> = {
  proposed: 'nhsuk-tag--yellow',
  agreed: 'nhsuk-tag--blue',
  'in-progress': 'nhsuk-tag--blue',
  completed: 'nhsuk-tag--green',
  cancelled: 'nhsuk-tag--grey',
};

export const SOURCE_TEXT: Record<SafetyActionSource, string> = {
  response: 'A learning response',
  theme: 'A theme',
  plan: 'An improvement plan',
};

export const EFFECTIVENESS_TEXT: Record<SafetyActionEffectiveness, string> = {
  effective: 'Effective',
  'partly-effective': 'Partly effective',
  'not-effective': 'Not effective',
};

export const PROGRESS_STATUS_TEXT: Record<ProgressStatus, string> = {
  'in-progress': 'In progress',
  completed: 'Completed',
  cancelled: 'Cancelled',
};

export function ActionStatusTag({ status }: { status: SafetyActionStatus }) {
  return <strong className={`nhsuk-tag ${STATUS_COLOUR[status] ?? ''}`}>{ACTION_STATUS_TEXT[status] ?? status}</strong>;
}

/** What makes an action stand out: overdue, or judged not effective at its latest review. */
export function AttentionTags({ action }: { action: SafetyActionSummary }) {
  return (
    <>
      {action.overdue && <> <strong className="nhsuk-tag nhsuk-tag--red">Overdue</strong></>}
      {action.effectiveness === 'not-effective' && <> <strong className="nhsuk-tag nhsuk-tag--red">Not effective</strong></>}
    </>
  );
}

/** Where the action comes from, in words: "LR-2026-0001", "Theme: Falls", "SIP-2026-0002". */
export function sourceText(a: SafetyActionSummary): string {
  if (a.source === 'response') return `Learning response ${a.responseReference ?? ''}`.trim();
  if (a.source === 'theme') return `Theme: ${a.theme ?? ''}`;
  return `Improvement plan ${a.planReference ?? ''}`.trim();
}
