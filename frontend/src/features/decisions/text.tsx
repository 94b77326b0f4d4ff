import type { DecisionStatus, ReferralTarget, ResponseProposal } from './types';

export const REFERRAL_TEXT: Record<ReferralTarget, string> = {
  safeguarding: 'Safeguarding',
  hr: 'HR (the People team)',
  police: 'Police',
  coroner: 'Coroner',
  'other-organisation': 'Another organisation',
};

export const DECISION_STATUS_TEXT: Record<DecisionStatus, string> = {
  'awaiting-chair-approval': 'Awaiting chair approval',
  approved: 'Approved',
};

const STATUS_COLOUR: Record<DecisionStatus, string> = {
  'awaiting-chair-approval': 'nhsuk-tag--yellow',
  approved: 'nhsuk-tag--green',
};

export function DecisionStatusTag({ status }: { status: DecisionStatus }) {
  return <strong className={`nhsuk-tag ${STATUS_COLOUR[status] ?? ''}`}>{DECISION_STATUS_TEXT[status] ?? status}</strong>;
}

/** "The plan proposes: …", or that nothing is proposed (no priority for the category, or no plan in force). */
export function proposalHeadline(p: ResponseProposal): string {
  if (!p.responseType) return 'No response is proposed';
  return `The plan proposes: ${p.responseTypeDisplay ?? p.responseType}`;
}
