import { fromDateParts, isEmptyDate, NO_DATE, toDateParts, type DateParts } from '../../shared/components/dateParts';
import type { FieldMessage } from '../../shared/components/fields';
import type { StaffSupport, StaffSupportInput, SupportStepGuidance, Supporter } from './types';

export interface StepForm {
  doneOn: DateParts;
  note: string;
}

export interface SupportForm {
  staffName: string;
  staffRole: string;
  lineManager: string;
  /** The e-mail address the supporter signs in with: links them to the record so that they see it. */
  lineManagerEmail: string;
  reviewer: string;
  reviewerEmail: string;
  signposting: string;
  hrContacted: boolean;
  steps: Record<string, StepForm>;
}

export function emptySupport(staffName = '', staffRole = ''): SupportForm {
  return { staffName, staffRole, lineManager: '', lineManagerEmail: '', reviewer: '', reviewerEmail: '', signposting: '', hrContacted: false, steps: {} };
}

export function fromSupport(s: StaffSupport): SupportForm {
  const steps: Record<string, StepForm> = {};
  for (const step of s.steps) steps[step.code] = { doneOn: toDateParts(step.doneOn), note: step.note ?? '' };
  return {
    staffName: s.staffName,
    staffRole: s.staffRole ?? '',
    lineManager: s.lineManager?.name ?? '',
    lineManagerEmail: '',
    reviewer: s.reviewer?.name ?? '',
    reviewerEmail: '',
    signposting: s.signposting ?? '',
    hrContacted: s.hrContacted,
    steps,
  };
}

export const stepDateId = (code: string) => `step-${code}-day`;

export function validateSupport(f: SupportForm, guidance: SupportStepGuidance[], today: string): FieldMessage[] {
  const errors: FieldMessage[] = [];
  if (!f.staffName.trim()) errors.push({ id: 'support-staff-name', message: "Enter the staff member's name" });
  if (!f.lineManager.trim() && !f.lineManagerEmail.trim()) errors.push({ id: 'support-line-manager', message: 'Enter the line manager' });
  for (const g of guidance) {
    const step = f.steps[g.code];
    if (!step || isEmptyDate(step.doneOn)) continue;
    const date = fromDateParts(step.doneOn);
    if (!date) errors.push({ id: stepDateId(g.code), message: `The date of “${g.text}” must be a real date` });
    else if (date > today) errors.push({ id: stepDateId(g.code), message: `The date of “${g.text}” cannot be in the future` });
  }
  return errors;
}

/**
 * An e-mail address links the supporter to the people directory; one already linked stays linked (and so keeps
 * seeing the record) while their name is unchanged; otherwise the name alone is recorded.
 */
function supporter(name: string, email: string, before?: Supporter) {
  const trimmed = name.trim();
  if (email.trim()) return { email: email.trim() };
  if (before?.personId && before.name === trimmed) return { personId: before.personId };
  return { name: trimmed };
}

export function toSupportInput(f: SupportForm, guidance: SupportStepGuidance[], before?: StaffSupport): StaffSupportInput {
  const input: StaffSupportInput = {
    staffName: f.staffName.trim(),
    lineManager: supporter(f.lineManager, f.lineManagerEmail, before?.lineManager),
    hrContacted: f.hrContacted,
    steps: guidance
      .map((g) => ({ code: g.code, step: f.steps[g.code] ?? { doneOn: { ...NO_DATE }, note: '' } }))
      .filter(({ step }) => !isEmptyDate(step.doneOn) || step.note.trim())
      .map(({ code, step }) => {
        const out: { code: string; doneOn?: string; note?: string } = { code };
        const date = fromDateParts(step.doneOn);
        if (date) out.doneOn = date;
        if (step.note.trim()) out.note = step.note.trim();
        return out;
      }),
  };
  if (before) input.version = before.version;
  if (f.staffRole.trim()) input.staffRole = f.staffRole.trim();
  if (f.reviewer.trim() || f.reviewerEmail.trim()) input.reviewer = supporter(f.reviewer, f.reviewerEmail, before?.reviewer);
  if (f.signposting.trim()) input.signposting = f.signposting.trim();
  return input;
}

export const SUPPORT_FIELD_IDS: Record<string, string> = {
  staffName: 'support-staff-name',
  staffRole: 'support-staff-role',
  'lineManager.name': 'support-line-manager',
  'lineManager.personId': 'support-line-manager',
  'lineManager.email': 'support-line-manager-email',
  'reviewer.name': 'support-reviewer',
  'reviewer.personId': 'support-reviewer',
  'reviewer.email': 'support-reviewer-email',
  signposting: 'support-signposting',
};
