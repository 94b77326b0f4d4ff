import { DateInput } from '../../shared/components/date-input';
import { Fieldset, TextInput } from '../../shared/components/fields';
import { formatDate } from '../../shared/components/format';
import { SummaryList } from '../../shared/components/misc';
import { DATE_FIELDS, FIELD, INITIAL_REPORT_LABEL, LIMITS, dayBox, emptyOrganisation, type NotificationsForm, type OrganisationForm } from './notificationsForm';
import { InitialReportTag } from './text';
import type { ExternalNotifications } from './types';
import type { NotificationsEditing } from './useNotificationsForm';

/** "Initial report due 26 November 2026" with its Due / Overdue / Sent / Not required tag; "Closed" once the response is. */
export function InitialReportDue({ notifications: n }: { notifications: ExternalNotifications }) {
  return (
    <p>
      {n.initialReportStatus === 'closed' ? 'Initial report was due' : 'Initial report due'} {formatDate(n.initialReportDueOn)}{' '}
      <InitialReportTag status={n.initialReportStatus} />
    </p>
  );
}

export function ExternalNotificationsSummary({ notifications: n }: { notifications: ExternalNotifications }) {
  const when = (d?: string) => (d ? formatDate(d) : 'Not yet');
  return (
    <SummaryList
      rows={[
        { key: 'LFPSE reference', value: n.lfpseReference ?? 'Not recorded yet' },
        ...DATE_FIELDS.map(({ field, label }) => ({ key: label, value: when(n[field]) })),
        {
          key: 'Other organisations notified',
          value: n.otherOrganisations.length ? (
            <ul className="nhsuk-list">
              {n.otherOrganisations.map((o, i) => (
                <li key={i}>
                  {o.name}
                  {o.notifiedOn ? ` – ${formatDate(o.notifiedOn)}` : ' – not notified yet'}
                </li>
              ))}
            </ul>
          ) : (
            'None'
          ),
        },
        { key: 'Lead organisation', value: n.leadOrganisation || 'This trust' },
        { key: INITIAL_REPORT_LABEL, value: when(n.initialReportSentOn) },
      ]}
    />
  );
}

/** The patient safety specialist's form for the notifications made outside the trust. */
export function ExternalNotificationsForm({ editing: e }: { editing: NotificationsEditing }) {
  const form = e.form;
  if (!form) return null;
  const errors = e.fieldErrors;
  const set = <K extends keyof NotificationsForm>(key: K, value: NotificationsForm[K]) => e.setForm({ ...form, [key]: value });
  const setOrganisation = (i: number, change: Partial<OrganisationForm>) =>
    set('otherOrganisations', form.otherOrganisations.map((o, j) => (j === i ? { ...o, ...change } : o)));

  return (
    <form noValidate onSubmit={(ev) => void e.save(ev)}>
      <h3>Update the external notifications</h3>
      <TextInput
        id={FIELD.lfpseReference}
        label="LFPSE reference"
        hint="The reference the Learn from patient safety events service gave the event."
        width={20}
        value={form.lfpseReference}
        onChange={(v) => set('lfpseReference', v)}
        error={errors[FIELD.lfpseReference]}
      />
      {DATE_FIELDS.map(({ field, label }) => (
        <DateInput
          key={field}
          id={FIELD.date(field)}
          legend={label}
          value={form[field]}
          onChange={(v) => set(field, v)}
          error={errors[dayBox(FIELD.date(field))]}
        />
      ))}
      <h4>Other organisations notified</h4>
      {form.otherOrganisations.length === 0 && <p>None yet.</p>}
      {form.otherOrganisations.map((o, i) => (
        <Fieldset key={i} legend={`Organisation ${i + 1}`} size="s">
          <TextInput
            id={FIELD.organisationName(i)}
            label="Name"
            value={o.name}
            onChange={(v) => setOrganisation(i, { name: v })}
            error={errors[FIELD.organisationName(i)]}
          />
          <DateInput
            id={FIELD.organisationDate(i)}
            legend="Date notified"
            value={o.notifiedOn}
            onChange={(v) => setOrganisation(i, { notifiedOn: v })}
            error={errors[dayBox(FIELD.organisationDate(i))]}
          />
          <button
            type="button"
            className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
            onClick={() => set('otherOrganisations', form.otherOrganisations.filter((_, j) => j !== i))}
          >
            Remove <span className="nhsuk-u-visually-hidden">{`organisation ${i + 1}`}</span>
          </button>
        </Fieldset>
      ))}
      {form.otherOrganisations.length < LIMITS.organisations && (
        <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={() => set('otherOrganisations', [...form.otherOrganisations, emptyOrganisation()])}>
          {form.otherOrganisations.length === 0 ? 'Add an organisation' : 'Add another organisation'}
        </button>
      )}
      <TextInput
        id={FIELD.leadOrganisation}
        label="Lead organisation (optional)"
        hint="The organisation leading a response across several organisations. Leave empty when this trust leads."
        value={form.leadOrganisation}
        onChange={(v) => set('leadOrganisation', v)}
        error={errors[FIELD.leadOrganisation]}
      />
      <DateInput
        id={FIELD.date('initialReportSentOn')}
        legend={INITIAL_REPORT_LABEL}
        value={form.initialReportSentOn}
        onChange={(v) => set('initialReportSentOn', v)}
        error={errors[dayBox(FIELD.date('initialReportSentOn'))]}
      />
      <button className="nhsuk-button" type="submit" disabled={e.saving} aria-disabled={e.saving}>
        Save external notifications
      </button>
    </form>
  );
}
