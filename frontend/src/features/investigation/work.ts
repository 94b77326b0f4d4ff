import type { components } from '../../shared/api/schema';

type S = components['schemas'];
export type Investigation = S['Investigation'];
export type SeipsCategory = S['SeipsCategory'];
export type DraftRelationship = S['DraftRelationship'];
export type OpenStep = S['OpenStep'];

export const SEIPS: { value: SeipsCategory; text: string }[] = [
  { value: 'person', text: 'Person' },
  { value: 'tasks', text: 'Tasks' },
  { value: 'tools-and-technology', text: 'Tools and technology' },
  { value: 'organisation', text: 'Organisation' },
  { value: 'internal-environment', text: 'Internal environment' },
  { value: 'external-environment', text: 'External environment' },
];

export const RELATIONSHIPS: { value: DraftRelationship; text: string }[] = [
  { value: 'patient', text: 'Patient' },
  { value: 'family', text: 'Family' },
  { value: 'carer', text: 'Carer' },
  { value: 'staff', text: 'Staff' },
];

export const OPEN_STEP_TEXT: Record<OpenStep, string> = {
  'final-report': 'Write the final report: its summary and at least one finding',
  'draft-shared': 'Share the draft report with those affected, or record why it was not shared',
  'oversight-sign-off': 'Record the sign-off of an overseer who has completed oversight training',
};

/**
 * The id of the control for a field path of the API: `entries[0].what` in the section `chronology` is
 * `chronology-entries-0-what`. Controls are given ids the same way, so the error summary links to them.
 */
export function controlId(section: string, path: string): string {
  return `${section}-${path.replace(/\[(\d+)\]/g, '-$1').replace(/\./g, '-')}`;
}

/** A UK wall-clock date and time as an instant (the browser is assumed to be in the UK); null when incomplete. */
export function toInstant(date: string, time: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !/^\d{2}:\d{2}$/.test(time)) return null;
  const at = new Date(`${date}T${time}`);
  return Number.isNaN(at.getTime()) ? null : at.toISOString();
}

/** The date and time boxes of an instant, in the browser's (UK) time. */
export function fromInstant(at: string): { date: string; time: string } {
  const d = new Date(at);
  const pad = (n: number) => String(n).padStart(2, '0');
  return { date: `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`, time: `${pad(d.getHours())}:${pad(d.getMinutes())}` };
}

export function blankToUndefined(text: string): string | undefined {
  return text.trim() ? text.trim() : undefined;
}
