import { useEffect, useRef } from 'react';
import {
  Checkbox,
  Fieldset,
  Radios,
  Select,
  TextInput,
  Textarea,
} from '../../shared/components/fields';
import { MAX, emptyStaffRow, isEmptyDraft, type PatientDraft, type ReportDraft, type StaffRow } from './model';
import { codeOptions, eventTypeOptions, locationOptions } from './options';
import { QuestionPage } from './QuestionPage';
import { useReporting } from './ReportingContext';
import { localIsoDate } from './validation';

function useField() {
  const { draft, update } = useReporting();
  const set =
    <K extends keyof ReportDraft>(key: K) =>
    (value: ReportDraft[K]) =>
      update((d) => ({ ...d, [key]: value }));
  return { draft, update, set };
}

export function EventPage() {
  const { taxonomy, locations, resumed, reset } = useReporting();
  const { draft, set } = useField();
  const today = localIsoDate(new Date());
  return (
    <QuestionPage page="event" title="The event">
      {(errors) => (
        <>
          {resumed && !isEmptyDraft(draft) && (
            <div className="nhsuk-inset-text">
              <span className="nhsuk-u-visually-hidden">Information: </span>
              <p>You have a report you have not sent yet. We kept your answers on this device.</p>
              <button type="button" className="nhsuk-button nhsuk-button--secondary nhsuk-button--small nhsuk-u-margin-bottom-0" onClick={reset}>
                Start again
              </button>
            </div>
          )}
          <Radios
            id="eventType"
            legend="What kind of event are you reporting?"
            value={draft.eventType}
            onChange={set('eventType')}
            options={eventTypeOptions(taxonomy.eventTypes)}
            error={errors.eventType}
          />
          <Fieldset legend="When did it happen?">
            <TextInput
              id="date"
              label="Date"
              type="date"
              value={draft.date}
              maxDate={today}
              onChange={set('date')}
              error={errors.date}
            />
            <TextInput
              id="time"
              label="Time"
              type="time"
              hint="Use the 24-hour clock, for example 14:30"
              value={draft.time}
              onChange={set('time')}
              error={errors.time}
            />
          </Fieldset>
          <Select
            id="locationCode"
            label="Location"
            labelSize="m"
            hint="Where it happened, or the service that was caring for the patient"
            placeholder="Select a location"
            value={draft.locationCode}
            onChange={set('locationCode')}
            options={locationOptions(locations)}
            error={errors.locationCode}
          />
        </>
      )}
    </QuestionPage>
  );
}

export function DetailsPage() {
  const { taxonomy } = useReporting();
  const { draft, set } = useField();
  return (
    <QuestionPage page="details" title="What happened">
      {(errors) => (
        <>
          <Select
            id="categoryCode"
            label="Category"
            labelSize="m"
            placeholder="Select a category"
            value={draft.categoryCode}
            onChange={set('categoryCode')}
            options={codeOptions(taxonomy.categories)}
            error={errors.categoryCode}
          />
          <Radios
            id="physicalHarm"
            legend="Physical harm"
            hint="Choose the level of physical harm to the patient, as far as you know it now"
            value={draft.physicalHarm}
            onChange={set('physicalHarm')}
            options={codeOptions(taxonomy.physicalHarm)}
            error={errors.physicalHarm}
          />
          <Radios
            id="psychologicalHarm"
            legend="Psychological harm"
            value={draft.psychologicalHarm}
            onChange={set('psychologicalHarm')}
            options={codeOptions(taxonomy.psychologicalHarm)}
            error={errors.psychologicalHarm}
          />
          <Textarea
            id="whatHappened"
            label="What happened"
            labelSize="m"
            hint="Describe the facts: what happened, in what order. Do not blame anyone."
            value={draft.whatHappened}
            onChange={set('whatHappened')}
            maxLength={MAX.whatHappened}
            rows={6}
            error={errors.whatHappened}
          />
          <Textarea
            id="immediateActions"
            label="Immediate actions taken"
            labelSize="m"
            hint="Optional. For example, first aid given, doctor called, equipment taken out of use."
            value={draft.immediateActions}
            onChange={set('immediateActions')}
            maxLength={MAX.immediateActions}
            rows={4}
            error={errors.immediateActions}
          />
        </>
      )}
    </QuestionPage>
  );
}

export function PatientPage() {
  const { taxonomy } = useReporting();
  const { draft, update, set } = useField();
  const setPatient = (key: keyof PatientDraft) => (value: string) =>
    update((d) => ({ ...d, patient: { ...d.patient, [key]: value } }));
  const p = draft.patient;
  return (
    <QuestionPage page="patient" title="Was a patient involved?" heading={null}>
      {(errors) => (
        <Radios
          id="patientInvolved"
          legend="Was a patient involved?"
          isPageHeading
          hint="Give the patient's details only if you know them. Only the patient safety team can see them."
          value={draft.patientInvolved}
          onChange={(v) => set('patientInvolved')(v as ReportDraft['patientInvolved'])}
          options={[
            { value: 'yes', text: 'Yes' },
            { value: 'no', text: 'No' },
          ]}
          error={errors.patientInvolved}
          conditional={{
            yes: (
              <>
                <TextInput
                  id="patientName"
                  label="Patient name"
                  hint="Optional"
                  value={p.name}
                  onChange={setPatient('name')}
                  error={errors.patientName}
                  spellCheck={false}
                />
                <TextInput
                  id="nhsNumber"
                  label="NHS number"
                  hint="Optional. A 10 digit number, like 943 476 5919"
                  value={p.nhsNumber}
                  onChange={setPatient('nhsNumber')}
                  inputMode="numeric"
                  width={10}
                  spellCheck={false}
                  error={errors.nhsNumber}
                />
                <TextInput
                  id="dateOfBirth"
                  label="Date of birth"
                  type="date"
                  hint="Optional"
                  value={p.dateOfBirth}
                  maxDate={localIsoDate(new Date())}
                  onChange={setPatient('dateOfBirth')}
                  error={errors.dateOfBirth}
                />
                <Textarea
                  id="address"
                  label="Address"
                  hint="Optional"
                  rows={3}
                  value={p.address}
                  onChange={setPatient('address')}
                  maxLength={MAX.address}
                  error={errors.address}
                />
                <Select
                  id="ageBracket"
                  label="Age bracket"
                  placeholder="Not known"
                  value={p.ageBracket}
                  onChange={setPatient('ageBracket')}
                  options={codeOptions(taxonomy.ageBrackets)}
                  error={errors.ageBracket}
                />
                <Select
                  id="gender"
                  label="Gender"
                  placeholder="Not known"
                  value={p.gender}
                  onChange={setPatient('gender')}
                  options={codeOptions(taxonomy.genders)}
                  error={errors.gender}
                />
                <Select
                  id="ethnicity"
                  label="Ethnicity"
                  placeholder="Not known"
                  value={p.ethnicity}
                  onChange={setPatient('ethnicity')}
                  options={codeOptions(taxonomy.ethnicities)}
                  error={errors.ethnicity}
                />
              </>
            ),
          }}
        />
      )}
    </QuestionPage>
  );
}

export function StaffPage() {
  const { taxonomy } = useReporting();
  const { draft, update, set } = useField();
  const focusRow = useRef<number | null>(null);

  useEffect(() => {
    if (focusRow.current !== null) {
      document.getElementById(`staff-${focusRow.current}-role`)?.focus();
      focusRow.current = null;
    }
  });

  const setRow = (i: number, key: keyof StaffRow) => (value: string) =>
    update((d) => ({ ...d, staff: d.staff.map((s, j) => (j === i ? { ...s, [key]: value } : s)) }));
  const addRow = () => {
    focusRow.current = draft.staff.length;
    update((d) => ({ ...d, staff: [...d.staff, emptyStaffRow()] }));
  };
  const removeRow = (i: number) => {
    focusRow.current = Math.max(0, i - 1);
    update((d) => ({ ...d, staff: d.staff.filter((_, j) => j !== i) }));
  };

  return (
    <QuestionPage page="staff" title="Staff involved">
      {(errors) => (
        <>
          <p className="nhsuk-body">
            Give the job role of each member of staff who was involved. Their name is optional. Leave this blank if
            no staff were involved.
          </p>
          {draft.staff.map((s, i) => (
            <Fieldset key={i} legend={`Staff member ${i + 1}`} size="s">
              <TextInput
                id={`staff-${i}-role`}
                label="Role"
                hint="For example, district nurse"
                value={s.role}
                onChange={setRow(i, 'role')}
                error={errors[`staff-${i}-role`]}
              />
              <TextInput
                id={`staff-${i}-name`}
                label="Name (optional)"
                value={s.name}
                onChange={setRow(i, 'name')}
                spellCheck={false}
                error={errors[`staff-${i}-name`]}
              />
              <Select
                id={`staff-${i}-staffType`}
                label="Staff group (optional)"
                placeholder="Not known"
                value={s.staffType}
                onChange={setRow(i, 'staffType')}
                options={codeOptions(taxonomy.staffTypes)}
                error={errors[`staff-${i}-staffType`]}
              />
              {draft.staff.length > 1 && (
                <button
                  type="button"
                  className="nhsuk-button nhsuk-button--secondary nhsuk-button--small nhsuk-u-margin-top-3"
                  onClick={() => removeRow(i)}
                >
                  Remove <span className="nhsuk-u-visually-hidden">staff member {i + 1}</span>
                </button>
              )}
            </Fieldset>
          ))}
          {draft.staff.length < MAX.staffRows && (
            <div className="nhsuk-form-group">
              <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={addRow}>
                Add another
              </button>
            </div>
          )}
          <Checkbox
            id="anonymous"
            label="Report anonymously"
            hint="Your name will not be kept with the report. You can still follow it in My reports."
            checked={draft.anonymous}
            onChange={set('anonymous')}
            error={errors.anonymous}
          />
        </>
      )}
    </QuestionPage>
  );
}
