import type { FieldMessage } from '../../shared/components/fields';
import { MAX, PAGE_ORDER, type ReportDraft, type ReportPage } from './model';
import { isValidNhsNumber, normaliseNhsNumber } from './nhsNumber';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?$/;

/** A real calendar date in YYYY-MM-DD form. */
export function isRealDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const [y, m, d] = value.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d && y >= 1900;
}

/** Local (device) date as YYYY-MM-DD. */
export function localIsoDate(now: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

/** The instant the reporter means by a local date and time. */
export function toInstant(date: string, time: string): Date {
  return new Date(`${date}T${time.length === 5 ? `${time}:00` : time}`);
}

function tooLong(value: string, max: number, id: string, what: string): FieldMessage | null {
  return value.length > max
    ? { id, message: `${what} must be ${max.toLocaleString('en-GB')} characters or fewer` }
    : null;
}

function push(list: FieldMessage[], e: FieldMessage | null) {
  if (e) list.push(e);
}

export function validateEvent(d: ReportDraft, now: Date = new Date()): FieldMessage[] {
  const errors: FieldMessage[] = [];
  if (!d.eventType) errors.push({ id: 'eventType', message: 'Select what kind of event you are reporting' });

  const today = localIsoDate(now);
  let dateOk = false;
  if (!d.date) errors.push({ id: 'date', message: 'Enter the date the event happened' });
  else if (!isRealDate(d.date)) errors.push({ id: 'date', message: 'Date must be a real date' });
  else if (d.date > today) errors.push({ id: 'date', message: 'Date must be today or in the past' });
  else dateOk = true;

  if (!d.time) errors.push({ id: 'time', message: 'Enter the time the event happened' });
  else if (!TIME.test(d.time)) errors.push({ id: 'time', message: 'Time must be a real time, like 14:30' });
  else if (dateOk && toInstant(d.date, d.time).getTime() > now.getTime() + 60_000)
    errors.push({ id: 'time', message: 'Time must be in the past' });

  if (!d.locationCode) errors.push({ id: 'locationCode', message: 'Select the location where it happened' });
  return errors;
}

export function validateDetails(d: ReportDraft): FieldMessage[] {
  const errors: FieldMessage[] = [];
  if (!d.categoryCode) errors.push({ id: 'categoryCode', message: 'Select a category' });
  if (!d.physicalHarm) errors.push({ id: 'physicalHarm', message: 'Select the level of physical harm' });
  if (!d.psychologicalHarm) errors.push({ id: 'psychologicalHarm', message: 'Select the level of psychological harm' });
  if (!d.whatHappened.trim()) errors.push({ id: 'whatHappened', message: 'Enter what happened' });
  else push(errors, tooLong(d.whatHappened.trim(), MAX.whatHappened, 'whatHappened', 'What happened'));
  push(errors, tooLong(d.immediateActions.trim(), MAX.immediateActions, 'immediateActions', 'Immediate actions taken'));
  return errors;
}

export function validatePatient(d: ReportDraft, now: Date = new Date()): FieldMessage[] {
  const errors: FieldMessage[] = [];
  if (!d.patientInvolved) {
    errors.push({ id: 'patientInvolved', message: 'Select yes if a patient was involved' });
    return errors;
  }
  if (d.patientInvolved === 'no') return errors;
  const p = d.patient;
  push(errors, tooLong(p.name.trim(), MAX.patientName, 'patientName', 'Patient name'));
  const nhs = normaliseNhsNumber(p.nhsNumber);
  if (nhs) {
    if (!/^\d{10}$/.test(nhs)) errors.push({ id: 'nhsNumber', message: 'NHS number must be 10 digits' });
    else if (!isValidNhsNumber(nhs)) errors.push({ id: 'nhsNumber', message: 'Enter a valid NHS number' });
  }
  if (p.dateOfBirth) {
    if (!isRealDate(p.dateOfBirth)) errors.push({ id: 'dateOfBirth', message: 'Date of birth must be a real date' });
    else if (p.dateOfBirth > localIsoDate(now))
      errors.push({ id: 'dateOfBirth', message: 'Date of birth must be today or in the past' });
  }
  push(errors, tooLong(p.address.trim(), MAX.address, 'address', 'Address'));
  return errors;
}

export function validateStaff(d: ReportDraft): FieldMessage[] {
  const errors: FieldMessage[] = [];
  const used = d.staff.filter((s) => s.role.trim() || s.name.trim() || s.staffType);
  if (used.length > MAX.staffRows) {
    errors.push({ id: 'staff-0-role', message: `You can add up to ${MAX.staffRows} staff` });
  }
  d.staff.forEach((s, i) => {
    const n = i + 1;
    if (!s.role.trim() && (s.name.trim() || s.staffType))
      errors.push({ id: `staff-${i}-role`, message: `Enter the role of staff member ${n}` });
    push(errors, tooLong(s.role.trim(), MAX.staffRole, `staff-${i}-role`, `Role of staff member ${n}`));
    push(errors, tooLong(s.name.trim(), MAX.staffName, `staff-${i}-name`, `Name of staff member ${n}`));
  });
  return errors;
}

export function validatePage(page: ReportPage, d: ReportDraft, now: Date = new Date()): FieldMessage[] {
  switch (page) {
    case 'event':
      return validateEvent(d, now);
    case 'details':
      return validateDetails(d);
    case 'patient':
      return validatePatient(d, now);
    case 'staff':
      return validateStaff(d);
  }
}

/** The first page with a problem, or null when the whole report is ready to send. */
export function firstInvalidPage(d: ReportDraft, now: Date = new Date()): ReportPage | null {
  return PAGE_ORDER.find((p) => validatePage(p, d, now).length > 0) ?? null;
}
