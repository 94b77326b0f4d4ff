import type { FieldError, ResponseType } from '../../shared/api/types';
import type { FieldMessage } from '../../shared/components/fields';
import type { Decision, DecisionInput, DecisionUpdate, ReferralTarget, ResponseProposal } from './types';

/** A panel member is chosen from the people directory (empty until chosen). */
export interface MemberForm {
  personId: string;
}

/** An active person of the directory who may sit on the panel. */
export interface PanelPerson {
  id: string;
  name: string;
  jobRole?: string;
}

/** What the panel decision form holds while it is filled in. */
export interface DecisionForm {
  members: MemberForm[];
  /** Index into `members` of the chair, or -1 while nobody is marked. */
  chair: number;
  reportReviewed: boolean;
  documentIds: string[];
  responseType: string;
  referralTo: string;
  referralDetail: string;
  /** Another organisation that leads the investigation, when it is not ours to lead (policy §12.4). */
  leadOrganisation: string;
  rationale: string;
  departureRationale: string;
  minutes: string;
}

export const LIMITS = { members: 20, documents: 50, referralDetail: 1000, leadOrganisation: 200, rationale: 4000, minutes: 10000 };

export function emptyMember(): MemberForm {
  return { personId: '' };
}

export function emptyDecisionForm(): DecisionForm {
  return {
    members: [emptyMember()],
    chair: -1,
    reportReviewed: true,
    documentIds: [],
    responseType: '',
    referralTo: '',
    referralDetail: '',
    leadOrganisation: '',
    rationale: '',
    departureRationale: '',
    minutes: '',
  };
}

/** The form filled from a decision awaiting approval, to change it. */
export function fromDecision(d: Decision): DecisionForm {
  return {
    // A member typed in before the panel was chosen from the directory has no person: choose them again.
    members: d.panelMembers.map((m) => ({ personId: m.personId ?? '' })),
    chair: d.panelMembers.findIndex((m) => m.chair),
    reportReviewed: d.reportReviewed,
    documentIds: d.documentsReviewed.map((x) => x.id),
    responseType: d.responseType,
    referralTo: d.referralTo ?? '',
    referralDetail: d.referralDetail ?? '',
    leadOrganisation: d.leadOrganisation ?? '',
    rationale: d.rationale,
    departureRationale: d.departureRationale ?? '',
    minutes: d.minutes,
  };
}

/** The panel chose a response other than the one proposed (a proposal of "nothing" cannot be departed from). */
export function departsFromProposal(form: Pick<DecisionForm, 'responseType'>, proposal: ResponseProposal): boolean {
  return Boolean(form.responseType && proposal.responseType && form.responseType !== proposal.responseType);
}

/** Removing a member keeps the chair on the same person (or unmarks it when the chair is removed). */
export function removeMember(form: DecisionForm, index: number): DecisionForm {
  const chair = form.chair === index ? -1 : form.chair > index ? form.chair - 1 : form.chair;
  return { ...form, members: form.members.filter((_, i) => i !== index), chair };
}

type Body = Omit<DecisionInput, 'eventId' | 'caseId'>;

/** The request body shared by record and update: only what applies (no referral unless a referral, and so on). */
export function toBody(form: DecisionForm, proposal: ResponseProposal): Body {
  const referral = form.responseType === 'referral';
  return {
    panelMembers: form.members.map((m, i) => ({ personId: m.personId, chair: i === form.chair })),
    reportReviewed: form.reportReviewed,
    documentIds: form.documentIds,
    responseType: form.responseType as ResponseType,
    ...(referral && form.referralTo ? { referralTo: form.referralTo as ReferralTarget } : {}),
    ...(referral && form.referralDetail.trim() ? { referralDetail: form.referralDetail.trim() } : {}),
    ...(form.leadOrganisation.trim() ? { leadOrganisation: form.leadOrganisation.trim() } : {}),
    rationale: form.rationale.trim(),
    ...(departsFromProposal(form, proposal) ? { departureRationale: form.departureRationale.trim() } : {}),
    minutes: form.minutes.trim(),
  };
}

export function toInput(form: DecisionForm, proposal: ResponseProposal, target: { eventId?: string; caseId?: string }): DecisionInput {
  return { ...(target.caseId ? { caseId: target.caseId } : { eventId: target.eventId }), ...toBody(form, proposal) };
}

export function toUpdate(form: DecisionForm, proposal: ResponseProposal, version: number): DecisionUpdate {
  return { version, ...toBody(form, proposal) };
}

/** Ids of the form's controls (the error summary links to them). */
export const FIELD = {
  memberPerson: (i: number) => `decision-member-${i}-person`,
  members: 'decision-member-0-person',
  chair: 'decision-chair',
  reportReviewed: 'decision-reportReviewed',
  document: (id: string) => `decision-document-${id}`,
  responseType: 'decision-responseType',
  referralTo: 'decision-referralTo',
  referralDetail: 'decision-referralDetail',
  leadOrganisation: 'decision-leadOrganisation',
  rationale: 'decision-rationale',
  departureRationale: 'decision-departureRationale',
  minutes: 'decision-minutes',
};

const tooLong = (value: string, max: number) => value.trim().length > max;

/** The checks the API makes on a decision, so that most mistakes are caught before sending. */
export function validate(form: DecisionForm, proposal: ResponseProposal): FieldMessage[] {
  const errors: FieldMessage[] = [];
  const add = (id: string, message: string) => errors.push({ id, message });
  if (form.members.length === 0) add(FIELD.members, 'Add the members of the panel');
  if (form.members.length > LIMITS.members) add(FIELD.members, `A panel can have up to ${LIMITS.members} members`);
  form.members.forEach((m, i) => {
    if (!m.personId) add(FIELD.memberPerson(i), `Select panel member ${i + 1} from the people directory`);
    else if (form.members.findIndex((other) => other.personId === m.personId) < i) add(FIELD.memberPerson(i), `Panel member ${i + 1} is already on the panel`);
  });
  if (form.members.length > 0 && (form.chair < 0 || form.chair >= form.members.length)) add(FIELD.chair, 'Select the chair of the panel');
  if (form.documentIds.length > LIMITS.documents) add(FIELD.reportReviewed, `Select up to ${LIMITS.documents} documents`);
  if (!form.responseType) add(FIELD.responseType, 'Select the response the panel decided');
  if (form.responseType === 'referral') {
    if (!form.referralTo) add(FIELD.referralTo, 'Select where the event is referred to');
    if (tooLong(form.referralDetail, LIMITS.referralDetail)) add(FIELD.referralDetail, `Referral details must be ${LIMITS.referralDetail.toLocaleString('en-GB')} characters or fewer`);
  }
  if (tooLong(form.leadOrganisation, LIMITS.leadOrganisation)) add(FIELD.leadOrganisation, `The organisation must be ${LIMITS.leadOrganisation} characters or fewer`);
  if (!form.rationale.trim()) add(FIELD.rationale, 'Enter the rationale for the decision');
  else if (tooLong(form.rationale, LIMITS.rationale)) add(FIELD.rationale, `The rationale must be ${LIMITS.rationale.toLocaleString('en-GB')} characters or fewer`);
  if (departsFromProposal(form, proposal)) {
    if (!form.departureRationale.trim()) add(FIELD.departureRationale, 'Enter why the panel is departing from the proposal');
    else if (tooLong(form.departureRationale, LIMITS.rationale)) add(FIELD.departureRationale, `The reason for departing must be ${LIMITS.rationale.toLocaleString('en-GB')} characters or fewer`);
  }
  if (!form.minutes.trim()) add(FIELD.minutes, 'Enter the minutes of the panel meeting');
  else if (tooLong(form.minutes, LIMITS.minutes)) add(FIELD.minutes, `The minutes must be ${LIMITS.minutes.toLocaleString('en-GB')} characters or fewer`);
  return errors;
}

/**
 * The control an API field error belongs to. `documentIds[i]` is the i-th document sent. Errors about the event
 * or case itself (already decided, closed, in a case…) have no control: the error summary lists them.
 */
export function controlFor(e: FieldError, sentDocumentIds: string[]): string | null {
  const member = /^panelMembers\[(\d+)\]\.personId$/.exec(e.field);
  if (member) return FIELD.memberPerson(Number(member[1]));
  if (e.field === 'panelMembers' || /^panelMembers\[\d+\]/.test(e.field)) return e.code === 'one-chair-required' ? FIELD.chair : FIELD.members;
  const document = /^documentIds\[(\d+)\]$/.exec(e.field);
  if (document) {
    const docId = sentDocumentIds[Number(document[1])];
    return docId ? FIELD.document(docId) : FIELD.reportReviewed;
  }
  if (e.field === 'documentIds' || e.field === 'reportReviewed') return FIELD.reportReviewed;
  const simple: Record<string, string> = {
    responseType: FIELD.responseType,
    referralTo: FIELD.referralTo,
    referralDetail: FIELD.referralDetail,
    leadOrganisation: FIELD.leadOrganisation,
    rationale: FIELD.rationale,
    departureRationale: FIELD.departureRationale,
    minutes: FIELD.minutes,
  };
  return simple[e.field] ?? null;
}
