import { fromDateParts, isEmptyDate, NO_DATE, todayInUk, toDateParts, type DateParts } from '../../shared/components/dateParts';
import type { FieldMessage } from '../../shared/components/fields';
import type { ImprovementPlan, ImprovementPlanInput, ImprovementPlanScope } from './types';

export interface PlanDraft {
  title: string;
  scope: ImprovementPlanScope | '';
  scopeDetail: string;
  locationCode: string;
  summary: string;
  qiProjectLink: string;
  ownerPersonId: string;
  reviewOn: DateParts;
}

export const EMPTY_PLAN: PlanDraft = {
  title: '',
  scope: '',
  scopeDetail: '',
  locationCode: '',
  summary: '',
  qiProjectLink: '',
  ownerPersonId: '',
  reviewOn: { ...NO_DATE },
};

export function draftOf(plan: ImprovementPlan): PlanDraft {
  return {
    title: plan.title,
    scope: plan.scope,
    scopeDetail: plan.scope === 'location' ? '' : (plan.scopeDetail ?? ''),
    locationCode: plan.locationCode ?? '',
    summary: plan.summary ?? '',
    qiProjectLink: plan.qiProjectLink ?? '',
    ownerPersonId: plan.ownerPersonId,
    reviewOn: toDateParts(plan.reviewOn),
  };
}

export function needsNamedDetail(scope: PlanDraft['scope']): scope is 'service' | 'pathway' | 'theme' {
  return scope === 'service' || scope === 'pathway' || scope === 'theme';
}

/** The id of the control the error summary links to, for a field of the request. */
export function planFieldId(field: string): string {
  switch (field) {
    case 'title':
      return 'plan-title';
    case 'scope':
      return 'plan-scope';
    case 'scopeDetail':
      return 'plan-scope-detail';
    case 'locationCode':
      return 'plan-location';
    case 'summary':
      return 'plan-summary';
    case 'qiProjectLink':
      return 'plan-qi';
    case 'ownerPersonId':
      return 'plan-owner';
    case 'reviewOn':
      return 'plan-review-on-day';
    default:
      return 'plan-title';
  }
}

/**
 * Checks the draft as the service will; `previousReviewOn` is the saved review date, which may be kept even when it
 * has passed.
 */
export function validatePlan(d: PlanDraft, previousReviewOn?: string, today: string = todayInUk()): FieldMessage[] {
  const errors: FieldMessage[] = [];
  if (!d.title.trim()) errors.push({ id: 'plan-title', message: 'Enter the plan’s title' });
  else if (d.title.trim().length > 200) errors.push({ id: 'plan-title', message: 'The title must be 200 characters or fewer' });
  if (!d.scope) errors.push({ id: 'plan-scope', message: 'Select what the plan is for' });
  if (needsNamedDetail(d.scope) && !d.scopeDetail.trim())
    errors.push({ id: 'plan-scope-detail', message: `Enter the ${d.scope} the plan is for` });
  if (d.scope === 'location' && !d.locationCode) errors.push({ id: 'plan-location', message: 'Select the location the plan is for' });
  if (d.summary.length > 4000) errors.push({ id: 'plan-summary', message: 'The summary must be 4000 characters or fewer' });
  if (d.qiProjectLink.length > 500) errors.push({ id: 'plan-qi', message: 'The QI project must be 500 characters or fewer' });
  if (!d.ownerPersonId) errors.push({ id: 'plan-owner', message: 'Select the plan’s owner' });
  const review = fromDateParts(d.reviewOn);
  if (isEmptyDate(d.reviewOn)) errors.push({ id: 'plan-review-on-day', message: 'Enter the review date' });
  else if (!review) errors.push({ id: 'plan-review-on-day', message: 'The review date must be a real date' });
  else if (review < today && review !== previousReviewOn)
    errors.push({ id: 'plan-review-on-day', message: 'The review date must be today or in the future' });
  return errors;
}

/** The request body for a checked draft. */
export function toInput(d: PlanDraft, version?: number): ImprovementPlanInput {
  const body: ImprovementPlanInput = {
    title: d.title.trim(),
    scope: d.scope as ImprovementPlanScope,
    ownerPersonId: d.ownerPersonId,
    reviewOn: fromDateParts(d.reviewOn) ?? '',
  };
  if (version !== undefined) body.version = version;
  if (needsNamedDetail(d.scope)) body.scopeDetail = d.scopeDetail.trim();
  if (d.scope === 'location') body.locationCode = d.locationCode;
  if (d.summary.trim()) body.summary = d.summary.trim();
  if (d.qiProjectLink.trim()) body.qiProjectLink = d.qiProjectLink.trim();
  return body;
}
