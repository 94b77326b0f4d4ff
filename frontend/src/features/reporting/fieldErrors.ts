import type { FieldError } from '../../shared/api/types';
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

export interface MappedErrors {
  byPage: Partial<Record<ReportPage, FieldMessage[]>>;
  /** Errors that name no field we know: shown on the check answers page. */
  unplaced: string[];
}

/** Maps problem+json `errors[]` from POST /api/v1/events back to the pages and fields that collected them. */
export function mapServerErrors(errors: readonly FieldError[] | undefined, staffRowIndex?: (sent: number) => number): MappedErrors {
  const result: MappedErrors = { byPage: {}, unplaced: [] };
  for (const e of errors ?? []) {
    const target = targetOf(e.field ?? '', staffRowIndex);
    if (!target) {
      result.unplaced.push(e.message);
      continue;
    }
    const list = (result.byPage[target.page] ??= []);
    if (!list.some((x) => x.id === target.id)) list.push({ id: target.id, message: e.message });
  }
  return result;
}
