import type { FieldMessage } from '../../shared/components/fields';

export interface CaseDraft {
  title: string;
  theme: string;
}

export const CASE_IDS = { title: 'case-title', theme: 'case-theme' };

/** The id of the link to the i-th event of the case (the error summary points there for `eventIds[i]`). */
export const caseEventId = (index: number) => `case-event-${index}`;

export const MAX_TITLE = 200;
export const MAX_THEME = 1000;

/** What is wrong with a case's title and theme before it is sent. */
export function validateCase(d: CaseDraft): FieldMessage[] {
  const errors: FieldMessage[] = [];
  const title = d.title.trim();
  if (!title) errors.push({ id: CASE_IDS.title, message: 'Enter a title for the case' });
  else if (title.length > MAX_TITLE) errors.push({ id: CASE_IDS.title, message: 'Title must be 200 characters or fewer' });
  if (d.theme.trim().length > MAX_THEME) errors.push({ id: CASE_IDS.theme, message: 'Theme must be 1,000 characters or fewer' });
  return errors;
}

/** The control a field of the service's answer belongs to: `eventIds[2]` is the third event's link. */
export function caseFieldId(field: string): string {
  const event = /^eventIds\[(\d+)\]/.exec(field);
  if (event) return caseEventId(Number(event[1]));
  if (field === 'theme') return CASE_IDS.theme;
  return CASE_IDS.title;
}

/** Title and theme as sent: trimmed, and no theme rather than an empty one. */
export function caseText(d: CaseDraft): { title: string; theme?: string } {
  const theme = d.theme.trim();
  return { title: d.title.trim(), ...(theme ? { theme } : {}) };
}
