import { fromDateParts, isEmptyDate, NO_DATE, toDateParts, type DateParts } from '../../shared/components/dateParts';
import type { FieldMessage } from '../../shared/components/fields';
import { NOT_FOUND_MESSAGE, type ProblemWords } from '../../shared/forms/formProblem';
import type { SafetyAction, SafetyActionInput, SafetyActionSource, SafetyActionUpdate } from './types';

export interface ActionForm {
  source: SafetyActionSource | '';
  responseId: string;
  theme: string;
  planId: string;
  title: string;
  description: string;
  ownerPersonId: string;
  /** One measure a line. */
  measures: string;
  dueOn: DateParts;
}

export const EMPTY_ACTION: ActionForm = {
  source: '',
  responseId: '',
  theme: '',
  planId: '',
  title: '',
  description: '',
  ownerPersonId: '',
  measures: '',
  dueOn: NO_DATE,
};

/** The API's field → the control the error summary links to. */
export const ACTION_FIELD_IDS: Record<string, string> = {
  source: 'action-source',
  responseId: 'action-response',
  theme: 'action-theme',
  planId: 'action-plan',
  title: 'action-title',
  description: 'action-description',
  ownerPersonId: 'action-owner',
  measures: 'action-measures',
  dueOn: 'action-due-day',
};

/** The form for a new action, its source taken from the address (`?responseId=`, `?theme=` or `?planId=`). */
export function newActionForm(params: URLSearchParams): ActionForm {
  const responseId = params.get('responseId') ?? '';
  const theme = params.get('theme') ?? '';
  const planId = params.get('planId') ?? '';
  const source: ActionForm['source'] = responseId ? 'response' : theme ? 'theme' : planId ? 'plan' : '';
  return { ...EMPTY_ACTION, source, responseId, theme, planId };
}

export function formFrom(a: SafetyAction): ActionForm {
  return {
    source: a.summary.source,
    responseId: a.summary.responseId ?? '',
    theme: a.summary.theme ?? '',
    planId: a.summary.planId ?? '',
    title: a.summary.title,
    description: a.description ?? '',
    ownerPersonId: a.summary.ownerPersonId ?? '',
    measures: a.measures.join('\n'),
    dueOn: toDateParts(a.summary.dueOn),
  };
}

export function measuresOf(text: string): string[] {
  return text
    .split('\n')
    .map((m) => m.trim())
    .filter(Boolean);
}

/** What the form can check before sending; the owner, measures and due date may wait until the action is agreed. */
export function validateAction(f: ActionForm, creating: boolean): FieldMessage[] {
  const errors: FieldMessage[] = [];
  if (creating) {
    if (!f.source) errors.push({ id: ACTION_FIELD_IDS.source, message: 'Select where the action comes from' });
    if (f.source === 'response' && !f.responseId) errors.push({ id: ACTION_FIELD_IDS.responseId, message: 'Select the learning response' });
    if (f.source === 'theme' && !f.theme.trim()) errors.push({ id: ACTION_FIELD_IDS.theme, message: 'Enter the theme' });
    if (f.source === 'theme' && f.theme.length > 200) errors.push({ id: ACTION_FIELD_IDS.theme, message: 'The theme must be 200 characters or fewer' });
  }
  if (f.source === 'plan' && !f.planId) errors.push({ id: ACTION_FIELD_IDS.planId, message: 'Select the improvement plan' });
  if (!f.title.trim()) errors.push({ id: ACTION_FIELD_IDS.title, message: 'Enter a title for the action' });
  if (f.title.length > 200) errors.push({ id: ACTION_FIELD_IDS.title, message: 'The title must be 200 characters or fewer' });
  if (f.description.length > 4000) errors.push({ id: ACTION_FIELD_IDS.description, message: 'The description must be 4000 characters or fewer' });
  const measures = measuresOf(f.measures);
  if (measures.length > 20) errors.push({ id: ACTION_FIELD_IDS.measures, message: 'Give at most 20 measures' });
  if (measures.some((m) => m.length > 1000)) errors.push({ id: ACTION_FIELD_IDS.measures, message: 'A measure must be 1000 characters or fewer' });
  if (!isEmptyDate(f.dueOn) && !fromDateParts(f.dueOn)) errors.push({ id: ACTION_FIELD_IDS.dueOn, message: 'The due date must be a real date' });
  return errors;
}

export function toActionInput(f: ActionForm): SafetyActionInput {
  const source = f.source as SafetyActionSource;
  const input: SafetyActionInput = { title: f.title.trim(), source };
  if (f.description.trim()) input.description = f.description.trim();
  if (source === 'response') input.responseId = f.responseId;
  if (source === 'theme') input.theme = f.theme.trim();
  if (f.planId) input.planId = f.planId;
  if (f.ownerPersonId) input.ownerPersonId = f.ownerPersonId;
  const measures = measuresOf(f.measures);
  if (measures.length) input.measures = measures;
  const due = fromDateParts(f.dueOn);
  if (due) input.dueOn = due;
  return input;
}

export function toActionUpdate(f: ActionForm, version: number): SafetyActionUpdate {
  const { source: _source, responseId: _response, theme: _theme, ...rest } = toActionInput(f);
  return { version, ...rest };
}

/**
 * How the action forms place and word the service's answer: a 409 that names fields (a closed plan) is shown on
 * those fields, not as a stale version; a field no control of the form shows goes on the title.
 */
export function actionWords(forbidden: string, ids: Record<string, string> = ACTION_FIELD_IDS): ProblemWords {
  return {
    fieldId: (fe) => ids[fe.field] ?? ACTION_FIELD_IDS[fe.field] ?? ACTION_FIELD_IDS.title,
    forbidden,
    notFound: NOT_FOUND_MESSAGE,
    fieldsOnAnyStatus: true,
  };
}
