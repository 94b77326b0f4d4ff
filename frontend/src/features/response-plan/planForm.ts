import type { EqualityGroup, Impact, PlanVersion, PlanVersionInput, ResponseType } from '../../shared/api/types';
import type { FieldMessage } from '../../shared/components/fields';

/** The RAPID tool's eleven groups in its order, with the prompt it gives for each (policy appendix 1). */
export const EQUALITY_GROUPS: { code: EqualityGroup; label: string; hint: string }[] = [
  { code: 'age', label: 'Age', hint: 'Older and younger people; safeguarding, consent and child welfare.' },
  { code: 'disability', label: 'Disability', hint: 'Attitudinal, physical and social barriers.' },
  { code: 'race', label: 'Race', hint: 'Ethnic groups, nationalities, Roma gypsies, Irish travellers, language barriers.' },
  { code: 'sex', label: 'Sex', hint: 'Men and women.' },
  { code: 'gender-reassignment', label: 'Gender reassignment', hint: 'People of all genders, including transgender and non-binary people; privacy of data and harassment.' },
  { code: 'sexual-orientation', label: 'Sexual orientation', hint: 'Heterosexual people and lesbian, gay and bisexual people.' },
  { code: 'religion-or-belief', label: 'Religion or belief', hint: 'People with different religions, beliefs or no belief.' },
  { code: 'pregnancy-and-maternity', label: 'Pregnancy and maternity', hint: 'Working arrangements, part-time working, infant caring responsibilities.' },
  { code: 'marriage-and-civil-partnership', label: 'Marriage and civil partnership', hint: 'Marriage and civil partnership status.' },
  { code: 'environment', label: 'Environment', hint: 'Transport, energy and waste.' },
  { code: 'other-groups', label: 'Other identified groups', hint: 'Socio-economic groups, area inequality, income, resident status (migrants) and other groups facing disadvantage; give the source of any evidence.' },
];

export const IMPACT_TEXT: Record<Impact, string> = {
  positive: 'Positive',
  negative: 'Negative',
  'no-impact': 'No impact',
};

export const RESPONSE_TYPE_TEXT: Record<ResponseType, string> = {
  psii: 'Patient safety incident investigation (PSII)',
  'multi-incident-review': 'Multi-incident review (MDT)',
  'swarm-huddle': 'Swarm huddle (hot debrief)',
  'after-action-review': 'After action review (AAR)',
  'no-further-learning-response': 'No further learning response',
  referral: 'Referral to another organisation or process',
};

export interface PriorityForm {
  issue: string;
  categoryCode: string;
  responseType: string;
  rationale: string;
  improvementLink: string;
}

export interface GroupForm {
  group: EqualityGroup;
  impact: string;
  comments: string;
}

export interface PlanForm {
  periodFrom: string;
  periodTo: string;
  reviewDate: string;
  nationalRequirements: PriorityForm[];
  localPriorities: PriorityForm[];
  reviewerName: string;
  reviewerRole: string;
  reviewedOn: string;
  groups: GroupForm[];
  fullTitle: string;
  fullCompletedOn: string;
  fullSummary: string;
}

export type PriorityList = 'nationalRequirements' | 'localPriorities';

export function emptyPriority(): PriorityForm {
  return { issue: '', categoryCode: '', responseType: '', rationale: '', improvementLink: '' };
}

export function emptyForm(): PlanForm {
  return {
    periodFrom: '',
    periodTo: '',
    reviewDate: '',
    nationalRequirements: [],
    localPriorities: [emptyPriority()],
    reviewerName: '',
    reviewerRole: '',
    reviewedOn: '',
    groups: EQUALITY_GROUPS.map((g) => ({ group: g.code, impact: '', comments: '' })),
    fullTitle: '',
    fullCompletedOn: '',
    fullSummary: '',
  };
}

/** A form filled from a version: to edit a draft, or to start a new draft from the plan in force. */
export function fromVersion(v: PlanVersion): PlanForm {
  const priority = (p: PlanVersion['localPriorities'][number]): PriorityForm => ({
    issue: p.issue ?? '',
    categoryCode: p.categoryCode ?? '',
    responseType: p.responseType,
    rationale: p.rationale ?? '',
    improvementLink: p.improvementLink ?? '',
  });
  const eia = v.equalityImpact;
  return {
    periodFrom: v.periodFrom,
    periodTo: v.periodTo,
    reviewDate: v.reviewDate,
    nationalRequirements: v.nationalRequirements.map(priority),
    localPriorities: v.localPriorities.map(priority),
    reviewerName: eia.reviewerName ?? '',
    reviewerRole: eia.reviewerRole ?? '',
    reviewedOn: eia.reviewedOn ?? '',
    groups: EQUALITY_GROUPS.map((g) => {
      const found = eia.groups.find((x) => x.group === g.code);
      return { group: g.code, impact: found?.impact ?? '', comments: found?.comments ?? '' };
    }),
    fullTitle: eia.fullAssessment?.title ?? '',
    fullCompletedOn: eia.fullAssessment?.completedOn ?? '',
    fullSummary: eia.fullAssessment?.summary ?? '',
  };
}

const trimmed = (s: string) => (s.trim() ? s.trim() : undefined);

export function toRequest(form: PlanForm, version?: number): PlanVersionInput {
  const priority = (p: PriorityForm) => ({
    ...(trimmed(p.issue) ? { issue: p.issue.trim() } : {}),
    ...(p.categoryCode ? { categoryCode: p.categoryCode } : {}),
    responseType: p.responseType as ResponseType,
    ...(trimmed(p.rationale) ? { rationale: p.rationale.trim() } : {}),
    ...(trimmed(p.improvementLink) ? { improvementLink: p.improvementLink.trim() } : {}),
  });
  const full =
    trimmed(form.fullTitle) || form.fullCompletedOn || trimmed(form.fullSummary)
      ? {
          ...(trimmed(form.fullTitle) ? { title: form.fullTitle.trim() } : {}),
          ...(form.fullCompletedOn ? { completedOn: form.fullCompletedOn } : {}),
          ...(trimmed(form.fullSummary) ? { summary: form.fullSummary.trim() } : {}),
        }
      : undefined;
  return {
    ...(version !== undefined ? { version } : {}),
    periodFrom: form.periodFrom,
    periodTo: form.periodTo,
    reviewDate: form.reviewDate,
    nationalRequirements: form.nationalRequirements.map(priority),
    localPriorities: form.localPriorities.map(priority),
    equalityImpact: {
      ...(trimmed(form.reviewerName) ? { reviewerName: form.reviewerName.trim() } : {}),
      ...(trimmed(form.reviewerRole) ? { reviewerRole: form.reviewerRole.trim() } : {}),
      ...(form.reviewedOn ? { reviewedOn: form.reviewedOn } : {}),
      groups: form.groups.map((g) => ({
        group: g.group,
        ...(g.impact ? { impact: g.impact as Impact } : {}),
        ...(trimmed(g.comments) ? { comments: g.comments.trim() } : {}),
      })),
      ...(full ? { fullAssessment: full } : {}),
    },
  };
}

/** The id of the control (or summary row) for an API field path: `localPriorities[0].issue` → `plan-localPriorities-0-issue`. */
export function fieldId(path: string): string {
  const p = path === 'equalityImpact.fullAssessment' ? 'equalityImpact.fullAssessment.title' : path;
  return `plan-${p.replace(/\[(\d+)\]/g, '.$1').replace(/\./g, '-')}`;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The checks the API makes on a draft, so that most mistakes are caught before sending. */
export function validate(form: PlanForm): FieldMessage[] {
  const errors: FieldMessage[] = [];
  const date = (value: string, path: string, message: string) => {
    if (!DATE.test(value)) errors.push({ id: fieldId(path), message });
    return DATE.test(value);
  };
  const from = date(form.periodFrom, 'periodFrom', 'Enter the date the plan starts');
  const to = date(form.periodTo, 'periodTo', 'Enter the date the plan ends');
  const review = date(form.reviewDate, 'reviewDate', 'Enter the review date');
  if (from && to && form.periodTo < form.periodFrom) {
    errors.push({ id: fieldId('periodTo'), message: 'The end date must be the same as or after the start date' });
  } else if (from && to && review && (form.reviewDate < form.periodFrom || form.reviewDate > form.periodTo)) {
    errors.push({ id: fieldId('reviewDate'), message: 'The review date must fall within the plan period' });
  }
  (['nationalRequirements', 'localPriorities'] as const).forEach((list) =>
    form[list].forEach((p, i) => {
      if (!p.issue.trim() && !p.categoryCode) {
        errors.push({ id: fieldId(`${list}[${i}].issue`), message: 'Enter the issue or select a category' });
      }
      if (!p.responseType) {
        errors.push({ id: fieldId(`${list}[${i}].responseType`), message: 'Select the planned response' });
      }
    }),
  );
  return errors;
}
