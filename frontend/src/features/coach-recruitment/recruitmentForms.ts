import { fromDateParts, isEmptyDate, NO_DATE, type DateParts } from '../../shared/components/dateParts';
import type { FieldMessage } from '../../shared/components/fields';
import type { CandidateInput, StepCode, StepInput, WithdrawalInput } from './types';

export const dayBox = (id: string) => `${id}-day`;

export interface InterestDraft {
  name: string;
  email: string;
  phone: string;
  directorateId: string;
  heardFrom: string;
  livedExperience: string;
  expressedOn: DateParts;
}

export const emptyInterest = (): InterestDraft => ({
  name: '',
  email: '',
  phone: '',
  directorateId: '',
  heardFrom: '',
  livedExperience: '',
  expressedOn: NO_DATE,
});

export const INTEREST_FIELD = {
  name: 'candidate-name',
  email: 'candidate-email',
  phone: 'candidate-phone',
  directorateId: 'candidate-directorate',
  heardFrom: 'candidate-heardFrom',
  livedExperience: 'candidate-livedExperience',
  expressedOn: 'candidate-expressedOn',
};

const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

/** The checks the API makes on an expression of interest, so that nothing is sent while one fails. */
export function validateInterest(d: InterestDraft, today: string): FieldMessage[] {
  const errors: FieldMessage[] = [];
  if (!d.name.trim()) errors.push({ id: INTEREST_FIELD.name, message: 'Enter the candidate’s full name' });
  if (!d.email.trim() && !d.phone.trim()) errors.push({ id: INTEREST_FIELD.email, message: 'Enter an e-mail address or a phone number for the candidate' });
  else if (d.email.trim() && !EMAIL.test(d.email.trim())) errors.push({ id: INTEREST_FIELD.email, message: 'Enter an e-mail address like name@example.com' });
  if (d.phone.trim() && !/^[0-9 +()-]*$/.test(d.phone.trim())) errors.push({ id: INTEREST_FIELD.phone, message: 'Enter a phone number like 07700 900123' });
  if (!d.directorateId) errors.push({ id: INTEREST_FIELD.directorateId, message: 'Select the directorate the candidate has a relationship with' });
  if (!d.heardFrom.trim()) errors.push({ id: INTEREST_FIELD.heardFrom, message: 'Enter how the candidate heard about the role' });
  if (!d.livedExperience.trim()) errors.push({ id: INTEREST_FIELD.livedExperience, message: 'Enter the candidate’s lived experience in their own words' });
  else if (d.livedExperience.trim().length > 2000) errors.push({ id: INTEREST_FIELD.livedExperience, message: 'The lived experience must be 2000 characters or fewer' });
  errors.push(...dateErrors(d.expressedOn, dayBox(INTEREST_FIELD.expressedOn), 'the expression of interest', today));
  return errors;
}

export function interestInput(d: InterestDraft): CandidateInput {
  const input: CandidateInput = {
    name: d.name.trim(),
    directorateId: Number(d.directorateId),
    heardFrom: d.heardFrom.trim(),
    livedExperience: d.livedExperience.trim(),
    expressedOn: fromDateParts(d.expressedOn) ?? '',
  };
  if (d.email.trim()) input.email = d.email.trim();
  if (d.phone.trim()) input.phone = d.phone.trim();
  return input;
}

export function interestFieldId(field: string): string {
  if (field === 'expressedOn') return dayBox(INTEREST_FIELD.expressedOn);
  return (INTEREST_FIELD as Record<string, string>)[field] ?? INTEREST_FIELD.name;
}

export interface StepDraft {
  doneOn: DateParts;
  signedBy: string;
  cohort: string;
  startsOn: DateParts;
  personId: string;
  technologySupport: boolean;
  identification: boolean;
  lineManagerPersonId: string;
  lineManagerAllocatedBy: '' | 'clinical-director' | 'sponsor';
}

export const emptyStep = (): StepDraft => ({
  doneOn: NO_DATE,
  signedBy: '',
  cohort: '',
  startsOn: NO_DATE,
  personId: '',
  technologySupport: false,
  identification: false,
  lineManagerPersonId: '',
  lineManagerAllocatedBy: '',
});

export const STEP_FIELD = {
  doneOn: 'step-doneOn',
  signedBy: 'step-signedBy',
  cohort: 'step-cohort',
  startsOn: 'step-startsOn',
  personId: 'step-person',
  technologySupport: 'step-technologySupport',
  identification: 'step-identification',
  lineManagerPersonId: 'step-lineManager',
  lineManagerAllocatedBy: 'step-allocatedBy',
};

/** The fields each step needs (as the API checks them). */
export function validateStep(step: StepCode, d: StepDraft, today: string): FieldMessage[] {
  const errors = dateErrors(d.doneOn, dayBox(STEP_FIELD.doneOn), 'the step', today);
  if (step === 'clinical-director-sign-off' && !d.signedBy.trim())
    errors.push({ id: STEP_FIELD.signedBy, message: 'Enter the name of the clinical director who signed off' });
  if (step === 'people-participation-sign-off' && !d.signedBy.trim())
    errors.push({ id: STEP_FIELD.signedBy, message: 'Enter the name of the person in the people participation team who signed off' });
  if (step === 'programme-place') {
    if (!d.cohort.trim()) errors.push({ id: STEP_FIELD.cohort, message: 'Enter the cohort of the programme' });
    if (isEmptyDate(d.startsOn)) errors.push({ id: dayBox(STEP_FIELD.startsOn), message: 'Enter the date the programme starts' });
    else if (!fromDateParts(d.startsOn)) errors.push({ id: dayBox(STEP_FIELD.startsOn), message: 'The start date must be a real date' });
  }
  if (step === 'induction') {
    if (!d.technologySupport) errors.push({ id: STEP_FIELD.technologySupport, message: 'Confirm that technology support has been given' });
    if (!d.identification) errors.push({ id: STEP_FIELD.identification, message: 'Confirm that identification has been issued' });
    if (!d.lineManagerPersonId) errors.push({ id: STEP_FIELD.lineManagerPersonId, message: 'Select the line manager' });
    if (!d.lineManagerAllocatedBy) errors.push({ id: STEP_FIELD.lineManagerAllocatedBy, message: 'Select who allocated the line manager' });
  }
  return errors;
}

export function stepInput(step: StepCode, d: StepDraft): StepInput {
  const input: StepInput = { doneOn: fromDateParts(d.doneOn) ?? '' };
  if (step === 'clinical-director-sign-off' || step === 'people-participation-sign-off') input.signedBy = d.signedBy.trim();
  if (step === 'programme-place') {
    input.cohort = d.cohort.trim();
    input.startsOn = fromDateParts(d.startsOn) ?? '';
  }
  if (step === 'bank-appointment' && d.personId) input.personId = d.personId;
  if (step === 'induction') {
    input.technologySupport = d.technologySupport;
    input.identification = d.identification;
    input.lineManagerPersonId = d.lineManagerPersonId;
    if (d.lineManagerAllocatedBy) input.lineManagerAllocatedBy = d.lineManagerAllocatedBy;
  }
  return input;
}

export function stepFieldId(field: string): string | undefined {
  if (field === 'doneOn' || field === 'startsOn') return dayBox(STEP_FIELD[field]);
  // A refusal about the step itself (an earlier step waiting, signed already) is listed, not placed.
  if (field === 'step') return undefined;
  return (STEP_FIELD as Record<string, string>)[field];
}

export interface WithdrawalDraft {
  withdrawnOn: DateParts;
  reason: string;
}

export const WITHDRAWAL_FIELD = { withdrawnOn: 'withdrawal-withdrawnOn', reason: 'withdrawal-reason' };

export function validateWithdrawal(d: WithdrawalDraft, today: string): FieldMessage[] {
  const errors = dateErrors(d.withdrawnOn, dayBox(WITHDRAWAL_FIELD.withdrawnOn), 'the withdrawal', today);
  if (!d.reason.trim()) errors.push({ id: WITHDRAWAL_FIELD.reason, message: 'Enter why the candidate withdrew' });
  else if (d.reason.trim().length > 1000) errors.push({ id: WITHDRAWAL_FIELD.reason, message: 'The reason must be 1000 characters or fewer' });
  return errors;
}

export function withdrawalInput(d: WithdrawalDraft): WithdrawalInput {
  return { withdrawnOn: fromDateParts(d.withdrawnOn) ?? '', reason: d.reason.trim() };
}

function dateErrors(value: DateParts, id: string, what: string, today: string): FieldMessage[] {
  if (isEmptyDate(value)) return [{ id, message: `Enter the date of ${what}` }];
  const iso = fromDateParts(value);
  if (!iso) return [{ id, message: `The date of ${what} must be a real date` }];
  if (iso > today) return [{ id, message: `The date of ${what} must be today or in the past` }];
  return [];
}
