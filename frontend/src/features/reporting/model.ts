export type ReportPage = 'event' | 'details' | 'patient' | 'staff';

export const PAGE_ORDER: ReportPage[] = ['event', 'details', 'patient', 'staff'];

export const PAGE_PATH: Record<ReportPage, string> = {
  event: '/report/event',
  details: '/report/details',
  patient: '/report/patient',
  staff: '/report/staff',
};

export interface PatientDraft {
  name: string;
  nhsNumber: string;
  dateOfBirth: string;
  address: string;
  ageBracket: string;
  gender: string;
  ethnicity: string;
}

export interface StaffRow {
  role: string;
  name: string;
  staffType: string;
}

/** What the reporter has entered so far; every value as typed (strings), converted only when sending. */
export interface ReportDraft {
  eventType: string;
  date: string;
  time: string;
  locationCode: string;
  categoryCode: string;
  physicalHarm: string;
  psychologicalHarm: string;
  whatHappened: string;
  immediateActions: string;
  patientInvolved: '' | 'yes' | 'no';
  patient: PatientDraft;
  staff: StaffRow[];
  anonymous: boolean;
}

export const MAX = {
  whatHappened: 4000,
  immediateActions: 2000,
  patientName: 200,
  address: 500,
  staffRole: 100,
  staffName: 200,
  staffRows: 20,
} as const;

export function emptyStaffRow(): StaffRow {
  return { role: '', name: '', staffType: '' };
}

export function emptyDraft(): ReportDraft {
  return {
    eventType: '',
    date: '',
    time: '',
    locationCode: '',
    categoryCode: '',
    physicalHarm: '',
    psychologicalHarm: '',
    whatHappened: '',
    immediateActions: '',
    patientInvolved: '',
    patient: { name: '', nhsNumber: '', dateOfBirth: '', address: '', ageBracket: '', gender: '', ethnicity: '' },
    staff: [emptyStaffRow()],
    anonymous: false,
  };
}

/** True when nothing has been entered yet. */
export function isEmptyDraft(d: ReportDraft): boolean {
  return JSON.stringify(d) === JSON.stringify(emptyDraft());
}
