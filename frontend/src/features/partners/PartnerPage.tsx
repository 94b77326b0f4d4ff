import { useEffect, useState } from 'react';
import { call } from '../../shared/api/client';
import { useLoad } from '../../shared/api/useApi';
import { useAuth } from '../../shared/auth/AuthContext';
import { mayCall } from '../../shared/auth/roles';
import { DateInput } from '../../shared/components/date-input';
import { NO_DATE, todayInUk } from '../../shared/components/dateParts';
import { Select, Textarea, type Option } from '../../shared/components/fields';
import { BackLink } from '../../shared/components/misc';
import { SavedNotice } from '../../shared/components/saved-notice';
import { changedWhileWorking, ErrorSummary } from '../../shared/components/error-summary';
import { wordsFor } from '../../shared/forms/formProblem';
import { useSubmit } from '../../shared/forms/useSubmit';
import { ApiErrorView, Loading } from '../../shared/components/states';
import { usePageTitle } from '../../shared/components/usePageTitle';
import { PartnerFields } from './PartnerFields';
import { PartnerSummaryList, SessionList } from './PartnerDetails';
import {
  NOTES_MAX,
  SESSION_FIELD,
  dayBox,
  partnerDraftOf,
  partnerFieldId,
  partnerInput,
  sessionFieldId,
  sessionInput,
  validatePartner,
  validateSession,
  type PartnerDraft,
  type SessionDraft } from './partnerForms';
import type { Partner } from './types';
import { usePeopleOptions } from './usePeopleOptions';

/** One partner's register entry: details, supervision sessions and, for the patient safety team, the forms. */
export function PartnerPage({ id }: { id: string }) {
  const { api, me } = useAuth();
  const canEdit = mayCall(me?.roles, 'updatePatientSafetyPartner');
  const loaded = useLoad(() => call(api.GET('/api/v1/patient-safety-partners/{partnerId}', { params: { path: { partnerId: id } } })), [api, id]);
  const [partner, setPartner] = useState<Partner | null>(null);
  const fresh = loaded.state === 'ok' ? loaded.data : null;
  useEffect(() => {
    if (fresh) setPartner(fresh);
  }, [fresh]);
  usePageTitle(partner?.partner.name ?? 'Patient safety partner');

  if (loaded.state === 'loading') return <Loading />;
  if (loaded.state === 'error') return <ApiErrorView error={loaded.error} />;
  if (!partner) return <Loading />;
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink to="/patient-safety-partners">Patient safety partners</BackLink>
        <span className="nhsuk-caption-l">Patient safety partner</span>
        <h1>{partner.partner.name}</h1>
        {canEdit ? <EditablePartner partner={partner} onSaved={setPartner} onReload={loaded.reload} /> : <PartnerSummaryList partner={partner} />}
        <h2>Supervision sessions</h2>
        <SessionList partner={partner} />
        {canEdit && <SessionForm partner={partner} onSaved={setPartner} />}
      </div>
    </div>
  );
}

function EditablePartner({ partner, onSaved, onReload }: { partner: Partner; onSaved: (p: Partner) => void; onReload: () => void }) {
  const { api } = useAuth();
  const people = usePeopleOptions();
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState<PartnerDraft>(partnerDraftOf(partner));
  const [saved, setSaved] = useState<string | null>(null);
  const save = useSubmit(wordsFor(partnerFieldId, 'You do not have access to change the register.'));
  const submit = save.handle(
    () => validatePartner(draft),
    async () => {
      const updated = await call(
        api.PUT('/api/v1/patient-safety-partners/{partnerId}', { params: { path: { partnerId: partner.id } }, body: partnerInput(draft, partner.version) }),
      );
      onSaved(updated);
      setEditing(false);
      setSaved('Details saved.');
    },
  );
  if (!editing)
    return (
      <>
        <SavedNotice message={saved} focus />
        <PartnerSummaryList partner={partner} />
        <button
          className="nhsuk-button nhsuk-button--secondary"
          type="button"
          onClick={() => {
            setDraft(partnerDraftOf(partner));
            setSaved(null);
            setEditing(true);
          }}
        >
          Change details
        </button>
      </>
    );
  return (
    <>
      <ErrorSummary problem={save.problem} focusKey={save.submits} titleId="details-problem" conflict={changedWhileWorking('partner', onReload)} />
      {people.state === 'loading' && <Loading />}
      {people.state === 'error' && <ApiErrorView error={people.error} />}
      {people.state === 'ok' && (
        <form noValidate onSubmit={(e) => void submit(e)} aria-label="Change details">
          <h2>Change details</h2>
          <PartnerFields draft={draft} onChange={setDraft} errors={save.fieldErrors} people={withCurrent(people.data, partner)} partnerFixed />
          <button className="nhsuk-button" type="submit" disabled={save.saving} aria-disabled={save.saving}>
            Save details
          </button>{' '}
          <button className="nhsuk-button nhsuk-button--secondary" type="button" onClick={() => setEditing(false)}>
            Cancel
          </button>
        </form>
      )}
    </>
  );
}

/** The current supporter stays selectable even when they are no longer on the first page of the directory. */
function withCurrent(options: Option[], partner: Partner): Option[] {
  if (options.some((o) => o.value === partner.supporter.personId)) return options;
  return [{ value: partner.supporter.personId, text: partner.supporter.name }, ...options];
}

const EMPTY_SESSION = (): SessionDraft => ({ heldOn: { ...NO_DATE }, withPersonId: '', notes: '', nextSessionOn: { ...NO_DATE } });

function SessionForm({ partner, onSaved }: { partner: Partner; onSaved: (p: Partner) => void }) {
  const { api } = useAuth();
  const people = usePeopleOptions();
  const [draft, setDraft] = useState<SessionDraft>({ ...EMPTY_SESSION(), withPersonId: partner.supporter.personId });
  const [added, setAdded] = useState<string | null>(null);
  const save = useSubmit(wordsFor(sessionFieldId, 'You do not have access to record supervision sessions.'));
  const submit = save.handle(
    () => {
      setAdded(null);
      return validateSession(draft, todayInUk());
    },
    async () => {
      const updated = await call(
        api.POST('/api/v1/patient-safety-partners/{partnerId}/supervision-sessions', { params: { path: { partnerId: partner.id } }, body: sessionInput(draft) }),
      );
      onSaved(updated);
      setDraft({ ...EMPTY_SESSION(), withPersonId: partner.supporter.personId });
      setAdded('Supervision session recorded.');
    },
  );
  const errors = save.fieldErrors;
  return (
    <form noValidate onSubmit={(e) => void submit(e)} aria-labelledby="session-heading">
      <h2 id="session-heading">Record a supervision session</h2>
      <ErrorSummary problem={save.problem} focusKey={save.submits} titleId="session-problem" conflict={changedWhileWorking('partner', () => undefined)} />
      <SavedNotice message={added} />
      <DateInput id={SESSION_FIELD.heldOn} legend="Date of the session" value={draft.heldOn} onChange={(v) => setDraft({ ...draft, heldOn: v })} error={errors[dayBox(SESSION_FIELD.heldOn)]} />
      {people.state === 'error' && <ApiErrorView error={people.error} />}
      <Select
        id={SESSION_FIELD.withPersonId}
        label="Who was the session with?"
        options={people.state === 'ok' ? withCurrent(people.data, partner).filter((o) => o.value !== partner.partner.personId) : withCurrent([], partner)}
        placeholder="Select a person"
        value={draft.withPersonId}
        onChange={(v) => setDraft({ ...draft, withPersonId: v })}
        error={errors[SESSION_FIELD.withPersonId]}
      />
      <Textarea
        id={SESSION_FIELD.notes}
        label="Notes (optional)"
        hint="A short note of what was discussed and agreed. Do not name patients."
        rows={3}
        maxLength={NOTES_MAX}
        value={draft.notes}
        onChange={(v) => setDraft({ ...draft, notes: v })}
        error={errors[SESSION_FIELD.notes]}
      />
      <DateInput
        id={SESSION_FIELD.nextSessionOn}
        legend="Date of the next session (optional)"
        value={draft.nextSessionOn}
        onChange={(v) => setDraft({ ...draft, nextSessionOn: v })}
        error={errors[dayBox(SESSION_FIELD.nextSessionOn)]}
      />
      <button className="nhsuk-button" type="submit" disabled={save.saving} aria-disabled={save.saving}>
        Record session
      </button>
    </form>
  );
}
