import type { Candidate, CandidateSummary, StepCode, StepView } from './types';

const STEP_TAG: Record<StepView['status'], { text: string; colour: string }> = {
  done: { text: 'Completed', colour: '' },
  waiting: { text: 'Waiting', colour: 'nhsuk-tag--blue' },
  'not-yet': { text: 'Cannot start yet', colour: 'nhsuk-tag--grey' },
  stopped: { text: 'Stopped', colour: 'nhsuk-tag--grey' },
};

/** The status of one step on the task list. */
export function StepTag({ step }: { step: StepView }) {
  const tag = STEP_TAG[step.status];
  return (
    <strong className={`nhsuk-tag ${tag.colour}`} id={`step-${step.step}-status`}>
      {tag.text}
    </strong>
  );
}

const CANDIDATE_TAG: Record<Candidate['status'], { text: string; colour: string }> = {
  'in-progress': { text: 'In progress', colour: 'nhsuk-tag--blue' },
  withdrawn: { text: 'Withdrawn', colour: 'nhsuk-tag--grey' },
  inducted: { text: 'Appointed and inducted', colour: 'nhsuk-tag--green' },
};

export function CandidateTag({ status }: { status: Candidate['status'] }) {
  const tag = CANDIDATE_TAG[status];
  return <strong className={`nhsuk-tag ${tag.colour}`}>{tag.text}</strong>;
}

/** "Sign-off by the clinical director, waiting on the clinical director of Mental Health", or where the candidate stands. */
export function waitingText(c: Pick<CandidateSummary, 'status' | 'nextStepTitle' | 'waitingOn'>): string {
  if (c.status === 'withdrawn') return 'Nothing: the candidate withdrew';
  if (c.status === 'inducted') return 'Nothing: appointed and inducted as a coach';
  return `${c.nextStepTitle ?? 'The next step'}, waiting on ${c.waitingOn ?? 'the QI department'}`;
}

/** What each step's page asks for, in the words of 000_* §4 and Appendix 1. */
export const STEP_PAGE: Record<StepCode, { heading: string; hint: string; button: string }> = {
  'job-description-given': {
    heading: 'Record that the job description was given',
    hint: 'The candidate is given the job description of a QI coach with lived experience to inform their decision.',
    button: 'Record the job description given',
  },
  'clinical-director-sign-off': {
    heading: 'Record the clinical director’s sign-off',
    hint: 'The clinical director of the directorate the candidate has a relationship with supports and signs off their application.',
    button: 'Record the sign-off',
  },
  'people-participation-sign-off': {
    heading: 'Record the people participation team’s sign-off',
    hint: 'The people participation team supports and signs off the application before the candidate applies for the programme.',
    button: 'Record the sign-off',
  },
  'programme-place': {
    heading: 'Record the place on the Improvement Coaches Programme',
    hint: 'The cohort of the programme the candidate joins and when it starts.',
    button: 'Record the place',
  },
  'bank-appointment': {
    heading: 'Record the appointment to the bank',
    hint: 'The candidate is appointed as a bank employee on the fixed terms of the role. They must be in the people directory to become a coach.',
    button: 'Record the appointment',
  },
  induction: {
    heading: 'Record the directorate induction',
    hint: 'Induction to the directorate includes technology support, identification and the allocation of a line manager. Once recorded, the candidate becomes a coach with lived experience on the coach register.',
    button: 'Record the induction',
  },
};

export const ALLOCATED_BY_TEXT: Record<'clinical-director' | 'sponsor', string> = {
  'clinical-director': 'The clinical director',
  sponsor: 'The project sponsor',
};

export function termsText(terms: Candidate['terms']): string {
  return `Band ${terms.band}, ${terms.contract.toLowerCase()}, ${terms.hoursPerWeek} hours a week`;
}
