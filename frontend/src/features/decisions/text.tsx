import type { Role } from '../../shared/api/types';
import type { DecisionStatus, ReferralTarget, ResponseProposal } from './types';

/** Read every decision and the list of decisions (x-psirf-roles of listDecisions). */
export const DECISION_READER_ROLES: Role[] = ['patient-safety-specialist', 'chief-nurse'];
/**
 * Open a decision and approve it as chair, and list those awaiting one's approval (getDecision, approveDecision,
 * listMyDecisionsToApprove): staff too, who reach only the decisions whose panel they chair (403 for any other).
 */
export const DECISION_CHAIR_ROLES: Role[] = ['staff', 'patient-safety-specialist', 'chief-nurse'];
/** Record and change decisions (recordDecision, updateDecision). */
export const DECISION_EDIT_ROLES: Role[] = ['patient-safety-specialist'];

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
