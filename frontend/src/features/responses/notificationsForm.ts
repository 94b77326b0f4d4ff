import type { FieldError } from '../../shared/api/types';
import { fromDateParts, isEmptyDate, NO_DATE, toDateParts, type DateParts } from '../../shared/components/dateParts';
import type { FieldMessage } from '../../shared/components/fields';
import type { ExternalNotifications, ExternalNotificationsInput } from './types';

export interface OrganisationForm {
  name: string;
  notifiedOn: DateParts;
}

export interface NotificationsForm {
  lfpseReference: string;
  icbNotifiedOn: DateParts;
  commissionerNotifiedOn: DateParts;
  nhsEnglandNotifiedOn: DateParts;
  cqcNotifiedOn: DateParts;
  otherOrganisations: OrganisationForm[];
  leadOrganisation: string;
  initialReportSentOn: DateParts;
}

export type DateField = 'icbNotifiedOn' | 'commissionerNotifiedOn' | 'nhsEnglandNotifiedOn' | 'cqcNotifiedOn' | 'initialReportSentOn';

/** Each date question with its label (used in the form, the summary and the error messages). */
export const DATE_FIELDS: { field: Exclude<DateField, 'initialReportSentOn'>; label: string; who: string }[] = [
  { field: 'icbNotifiedOn', label: 'ICB notified', who: 'the ICB' },
  { field: 'commissionerNotifiedOn', label: 'Commissioner notified', who: 'the commissioner' },
  { field: 'nhsEnglandNotifiedOn', label: 'NHS England notified', who: 'NHS England' },
  { field: 'cqcNotifiedOn', label: 'CQC notified', who: 'the CQC' },
];
export const INITIAL_REPORT_LABEL = 'Initial report sent';

export const LIMITS = { lfpseReference: 50, leadOrganisation: 200, organisationName: 200, organisations: 20 };

export function emptyOrganisation(): OrganisationForm {
  return { name: '', notifiedOn: { ...NO_DATE } };
}

export function fromNotifications(n: ExternalNotifications): NotificationsForm {
  return {
    lfpseReference: n.lfpseReference ?? '',
    icbNotifiedOn: toDateParts(n.icbNotifiedOn),
    commissionerNotifiedOn: toDateParts(n.commissionerNotifiedOn),
    nhsEnglandNotifiedOn: toDateParts(n.nhsEnglandNotifiedOn),
    cqcNotifiedOn: toDateParts(n.cqcNotifiedOn),
    otherOrganisations: n.otherOrganisations.map((o) => ({ name: o.name, notifiedOn: toDateParts(o.notifiedOn) })),
    leadOrganisation: n.leadOrganisation ?? '',
    initialReportSentOn: toDateParts(n.initialReportSentOn),
  };
}

/** Ids of the controls; a date's id is its first box (day), where the error summary sends the user. */
export const FIELD = {
  lfpseReference: 'notifications-lfpseReference',
  leadOrganisation: 'notifications-leadOrganisation',
  date: (field: DateField) => `notifications-${field}`,
  organisationName: (i: number) => `notifications-organisation-${i}-name`,
  organisationDate: (i: number) => `notifications-organisation-${i}-notifiedOn`,
};
export const dayBox = (dateId: string) => `${dateId}-day`;

/** A date field is sent only when filled in; the API treats a missing one as "not yet". */
function date(parts: DateParts): string | undefined {
  return isEmptyDate(parts) ? undefined : (fromDateParts(parts) ?? undefined);
}

export function toInput(form: NotificationsForm, version: number): ExternalNotificationsInput {
  const text = (s: string) => (s.trim() ? s.trim() : undefined);
  const input: ExternalNotificationsInput = {
    version,
    lfpseReference: text(form.lfpseReference),
    icbNotifiedOn: date(form.icbNotifiedOn),
    commissionerNotifiedOn: date(form.commissionerNotifiedOn),
    nhsEnglandNotifiedOn: date(form.nhsEnglandNotifiedOn),
    cqcNotifiedOn: date(form.cqcNotifiedOn),
    otherOrganisations: form.otherOrganisations.map((o) => {
      const on = date(o.notifiedOn);
      return on ? { name: o.name.trim(), notifiedOn: on } : { name: o.name.trim() };
    }),
    leadOrganisation: text(form.leadOrganisation),
    initialReportSentOn: date(form.initialReportSentOn),
  };
  return Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) as ExternalNotificationsInput;
}

/** The checks the API makes: real dates, none in the future, names given and not too long. */
export function validate(form: NotificationsForm, today: string): FieldMessage[] {
  const errors: FieldMessage[] = [];
  const checkDate = (parts: DateParts, id: string, label: string) => {
    if (isEmptyDate(parts)) return;
    const iso = fromDateParts(parts);
    if (!iso) errors.push({ id: dayBox(id), message: `${label} must be a real date` });
    else if (iso > today) errors.push({ id: dayBox(id), message: `${label} must be today or in the past` });
  };
  if (form.lfpseReference.trim().length > LIMITS.lfpseReference) {
    errors.push({ id: FIELD.lfpseReference, message: `The LFPSE reference must be ${LIMITS.lfpseReference} characters or fewer` });
  }
  for (const { field, who } of DATE_FIELDS) checkDate(form[field], FIELD.date(field), `The date ${who} was notified`);
  if (form.otherOrganisations.length > LIMITS.organisations) {
    errors.push({ id: FIELD.organisationName(0), message: `Record up to ${LIMITS.organisations} other organisations` });
  }
  form.otherOrganisations.forEach((o, i) => {
    if (!o.name.trim()) errors.push({ id: FIELD.organisationName(i), message: `Enter the name of organisation ${i + 1}` });
    else if (o.name.trim().length > LIMITS.organisationName) {
      errors.push({ id: FIELD.organisationName(i), message: `The name of organisation ${i + 1} must be ${LIMITS.organisationName} characters or fewer` });
    }
    checkDate(o.notifiedOn, FIELD.organisationDate(i), `The date organisation ${i + 1} was notified`);
  });
  if (form.leadOrganisation.trim().length > LIMITS.leadOrganisation) {
    errors.push({ id: FIELD.leadOrganisation, message: `The lead organisation must be ${LIMITS.leadOrganisation} characters or fewer` });
  }
  checkDate(form.initialReportSentOn, FIELD.date('initialReportSentOn'), 'The date the initial report was sent');
  return errors;
}

/** The control for an API field path, e.g. `otherOrganisations[1].notifiedOn` → the day box of organisation 2's date; null when none. */
export function controlFor(e: FieldError): string | null {
  const org = /^otherOrganisations\[(\d+)\]\.(name|notifiedOn)$/.exec(e.field);
  if (org) return org[2] === 'name' ? FIELD.organisationName(Number(org[1])) : dayBox(FIELD.organisationDate(Number(org[1])));
  if (e.field.startsWith('otherOrganisations')) return FIELD.organisationName(0);
  if (e.field === 'lfpseReference') return FIELD.lfpseReference;
  if (e.field === 'leadOrganisation') return FIELD.leadOrganisation;
  const dates: DateField[] = ['icbNotifiedOn', 'commissionerNotifiedOn', 'nhsEnglandNotifiedOn', 'cqcNotifiedOn', 'initialReportSentOn'];
  if ((dates as string[]).includes(e.field)) return dayBox(FIELD.date(e.field as DateField));
  return null;
}
