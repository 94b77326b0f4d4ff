import type { AffectedKind, ContactStage, InvolvementLevel } from './types';

export const KIND_TEXT: Record<AffectedKind, string> = {
  patient: 'Patient',
  family: 'Family member',
  carer: 'Carer',
  staff: 'Member of staff',
};

export const INVOLVEMENT_TEXT: Record<InvolvementLevel, string> = {
  'terms-of-reference': 'Terms of reference',
  'sharing-experiences': 'Sharing experiences',
  findings: 'Findings',
  'draft-report': 'Draft report',
  'final-report': 'Final report',
  declined: 'Declined to be involved',
};

export const STAGE_TEXT: Record<ContactStage, string> = {
  initial: 'Initial contact',
  ongoing: 'Ongoing contact',
  closing: 'Closing contact',
};

/** Appendix 4 is for patients, families and carers; Appendix 5 for staff. */
export function audienceOf(kind: AffectedKind): 'service-users' | 'staff' {
  return kind === 'staff' ? 'staff' : 'service-users';
}
