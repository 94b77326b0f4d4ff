export const ROLE_NAME: Record<string, string> = {
  'patient-safety-specialist': 'Patient safety specialist',
  'workforce-partner': 'Workforce partner',
};

/** The tool's opening words (NHS England, Being fair: supporting staff following a patient safety incident). */
export const ONLY_WHEN =
  'This tool should only be used when concerns about an individual’s conduct or fitness to practise are raised during a patient safety learning response. It is not for routine use.';

/** The three questions to consider before using the tool (Sidney Dekker, 2022), with the tool's examples. */
export const CONSIDERATIONS = [
  { key: 'whoIsHurt', id: 'consider-who-is-hurt', label: 'Who is hurt?', hint: 'For example, staff, patients, family, public' },
  { key: 'whatTheyNeed', id: 'consider-what-they-need', label: 'What do they need?', hint: 'For example, wellbeing support, information on what happened' },
  { key: 'whoseResponsibility', id: 'consider-whose-responsibility', label: 'Whose responsibility is it to meet that need?', hint: 'For example, occupational health, patient safety team' },
] as const;

export type ConsiderationKey = (typeof CONSIDERATIONS)[number]['key'];

const AFTER: Record<string, string> = {
  '1a-ongoing-concerns': 'After 1a',
  '1b-1d-ongoing-concerns': 'After 1b to 1d',
  '2-ongoing-concerns': 'After Q2',
};

/** The question as the tool numbers it ("1a. Does…", "Q3. Based on…"); the exits' concern question says where it is. */
export function numbered(id: string, text: string): string {
  if (AFTER[id]) return `${AFTER[id]}: ${text}`;
  if (/^\d$/.test(id)) return `Q${id}. ${text}`;
  if (/^\d[a-d]$/.test(id)) return `${id}. ${text}`;
  return text;
}
