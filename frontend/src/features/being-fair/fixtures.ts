import type { BeingFair, ToolVersion } from './types';

export const RECORD_ID = 'b1000000-5555-4a2e-9a51-2f0e1c7d8b90';
export const RESPONSE_ID = 'a1000000-5555-4a2e-9a51-2f0e1c7d8b90';

const Q1A = {
  id: '1a',
  section: 'Q1 Substitution test – to ensure wider system issues have been fully considered',
  text: 'Does the learning response indicate that staff in the same peer group as the individual involved and with comparable experience and qualifications would have acted in the same way in similar circumstances?',
  options: [
    { value: 'yes' as const, label: 'Yes' },
    { value: 'no' as const, label: 'No' },
    { value: 'unsure' as const, label: 'Unsure' },
  ],
};

export const CONSIDERED = {
  whoIsHurt: 'The patient; the nurse',
  whatTheyNeed: 'Information; wellbeing support',
  whoseResponsibility: 'Patient safety team',
  recordedAt: '2026-11-23T10:00:00Z',
};

export function version(over: Partial<ToolVersion> = {}): ToolVersion {
  return { number: 1, startedAt: '2026-11-23T09:00:00Z', startedByName: 'Pat Specialist', answers: [], nextStep: 'question', ...over };
}

export function record(over: Partial<BeingFair> = {}): BeingFair {
  return {
    id: RECORD_ID,
    version: 3,
    responseId: RESPONSE_ID,
    responseReference: 'LR-2026-000004',
    staffName: 'Dana Nurse',
    staffJobRole: 'District nurse',
    openedBy: { sub: 'pat', name: 'Pat Specialist', role: 'patient-safety-specialist', at: '2026-11-23T09:00:00Z' },
    jointUser: { sub: 'wes', name: 'Wes Workforce', role: 'workforce-partner', at: '2026-11-23T09:30:00Z', personId: 'c1000000-5555-4a2e-9a51-2f0e1c7d8b90' },
    joined: true,
    mayJoin: false,
    mayAnswer: true,
    current: version({
      considerations: CONSIDERED,
      answers: [
        { question: 'relates-to-incident', section: 'Preconditions of use', questionText: 'Do the concerns raised relate to a patient safety incident?', answer: 'yes', answerLabel: 'Yes', answeredByName: 'Pat Specialist', answeredAt: '2026-11-23T10:05:00Z' },
      ],
      nextQuestion: Q1A,
    }),
    earlierVersions: [],
    updatedAt: '2026-11-23T10:05:00Z',
    ...over,
  };
}

export const DELIBERATE_HARM_ACTION =
  'Follow organisational guidance for appropriate action, including contacting any relevant external organisations: for example, professional regulatory bodies, the police or, if statutory safeguarding processes need to be adhered to, the relevant lead – that is, person in position of trust (PIPOT) for adult abuse and local authority designated officer (LADO) for child abuse.';
