import type { NewEventReport } from '../../shared/api/types';
import type { ReportDraft } from './model';
import { normaliseNhsNumber } from './nhsNumber';
import { toInstant } from './validation';

function optionalText(v: string): string | undefined {
  const t = v.trim();
  return t ? t : undefined;
}

function optionalInt(v: string): number | undefined {
  return v === '' ? undefined : Number(v);
}

export interface BuiltReport {
  body: NewEventReport;
  /** For each sent staffInvolved entry, its row on the staff page. */
  staffRows: number[];
}

/** Turns a complete (validated) draft into the POST /api/v1/events body. */
export function buildReport(d: ReportDraft): BuiltReport {
  const body: NewEventReport = {
    eventType: d.eventType as NewEventReport['eventType'],
    occurredAt: toInstant(d.date, d.time).toISOString(),
    locationCode: d.locationCode,
    categoryCode: d.categoryCode,
    physicalHarm: Number(d.physicalHarm),
    psychologicalHarm: Number(d.psychologicalHarm),
    whatHappened: d.whatHappened.trim(),
    anonymous: d.anonymous,
  };
  const actions = optionalText(d.immediateActions);
  if (actions) body.immediateActions = actions;

  if (d.patientInvolved === 'yes') {
    const p = d.patient;
    const patient: NonNullable<NewEventReport['patient']> = {};
    const name = optionalText(p.name);
    if (name) patient.name = name;
    const nhs = normaliseNhsNumber(p.nhsNumber);
    if (nhs) patient.nhsNumber = nhs;
    if (p.dateOfBirth) patient.dateOfBirth = p.dateOfBirth;
    const address = optionalText(p.address);
    if (address) patient.address = address;
    const age = optionalInt(p.ageBracket);
    if (age !== undefined) patient.ageBracket = age;
    const gender = optionalInt(p.gender);
    if (gender !== undefined) patient.gender = gender;
    const ethnicity = optionalInt(p.ethnicity);
    if (ethnicity !== undefined) patient.ethnicity = ethnicity;
    body.patient = patient;
  }

  const staffRows: number[] = [];
  const staff: NonNullable<NewEventReport['staffInvolved']> = [];
  d.staff.forEach((s, i) => {
    const role = s.role.trim();
    if (!role) return;
    const entry: (typeof staff)[number] = { role };
    const name = optionalText(s.name);
    if (name) entry.name = name;
    const type = optionalInt(s.staffType);
    if (type !== undefined) entry.staffType = type;
    staff.push(entry);
    staffRows.push(i);
  });
  if (staff.length) body.staffInvolved = staff;
  return { body, staffRows };
}
