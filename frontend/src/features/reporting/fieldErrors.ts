import type { FieldMessage } from '../../shared/components/fields';
import type { ReportPage } from './model';

export interface FieldTarget {
  page: ReportPage;
  id: string;
}

const SIMPLE: Record<string, FieldTarget> = {
  eventType: { page: 'event', id: 'eventType' },
  occurredAt: { page: 'event', id: 'date' },
  locationCode: { page: 'event', id: 'locationCode' },
  categoryCode: { page: 'details', id: 'categoryCode' },
  physicalHarm: { page: 'details', id: 'physicalHarm' },
  psychologicalHarm: { page: 'details', id: 'psychologicalHarm' },
  whatHappened: { page: 'details', id: 'whatHappened' },
  immediateActions: { page: 'details', id: 'immediateActions' },
  patient: { page: 'patient', id: 'patientInvolved' },
  'patient.name': { page: 'patient', id: 'patientName' },
  'patient.nhsNumber': { page: 'patient', id: 'nhsNumber' },
  'patient.dateOfBirth': { page: 'patient', id: 'dateOfBirth' },
  'patient.address': { page: 'patient', id: 'address' },
  'patient.ageBracket': { page: 'patient', id: 'ageBracket' },
  'patient.gender': { page: 'patient', id: 'gender' },
  'patient.ethnicity': { page: 'patient', id: 'ethnicity' },
  staffInvolved: { page: 'staff', id: 'staff-0-role' },
  anonymous: { page: 'staff', id: 'anonymous' },
};

/** `staffInvolved[1].role`, `/staffInvolved/1/role`, `$.patient.nhsNumber` → `staffInvolved.1.role`, `patient.nhsNumber`. */
export function normaliseFieldPath(field: string): string {
  return field
    .trim()
    .replace(/^\$\.?/, '')
    .replace(/^\//, '')
    .replace(/\//g, '.')
    .replace(/\[(\d+)\]/g, '.$1')
    .replace(/^\./, '');
}

/**
 * Where a server field error belongs in the question pages. `staffRowIndex`
 * maps the index in the sent staffInvolved array back to the row on the
 * page (blank rows are not sent).
 */
export function targetOf(field: string, staffRowIndex: (sent: number) => number = (i) => i): FieldTarget | null {
  const path = normaliseFieldPath(field);
  if (SIMPLE[path]) return SIMPLE[path];
  const staff = /^staffInvolved\.(\d+)(?:\.(role|name|staffType))?$/.exec(path);
  if (staff) {
    const row = staffRowIndex(Number(staff[1]));
    return { page: 'staff', id: `staff-${row}-${staff[2] === 'name' ? 'name' : staff[2] === 'staffType' ? 'staffType' : 'role'}` };
  }
  if (path.startsWith('patient.')) return { page: 'patient', id: 'patientInvolved' };
  return null;
}

/** The question page that holds a control (`nhsNumber` → patient, `staff-2-name` → staff). */
export function pageOfControl(id: string): ReportPage | undefined {
  if (/^staff-\d+-/.test(id)) return 'staff';
  return Object.values(SIMPLE).find((t) => t.id === id)?.page;
}

/** The service's field messages (placed by `targetOf`) grouped by the page that collected them, one per control. */
export function byPage(errors: readonly FieldMessage[]): Partial<Record<ReportPage, FieldMessage[]>> {
  const pages: Partial<Record<ReportPage, FieldMessage[]>> = {};
  for (const e of errors) {
    const page = pageOfControl(e.id);
    if (!page) continue;
    const list = (pages[page] ??= []);
    if (!list.some((x) => x.id === e.id)) list.push(e);
  }
  return pages;
}
