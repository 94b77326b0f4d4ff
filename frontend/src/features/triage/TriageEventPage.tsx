import { useEffect, useState, type FormEvent } from 'react';
import { call } from '../../shared/api/client';
import { ApiError, NetworkError } from '../../shared/api/errors';
import type { EventDetail, EventStatus, Taxonomy } from '../../shared/api/types';
import { useLoad } from '../../shared/api/useApi';
import { useAuth } from '../../shared/auth/AuthContext';
import { TRIAGE_EDIT_ROLES, hasAnyRole } from '../../shared/auth/roles';
import { ErrorSummary } from '../../shared/components/ErrorSummary';
import { EventHistory, EventSummaryList } from '../../shared/components/EventDetails';
import { Select, Textarea, toErrorMap, type FieldMessage } from '../../shared/components/fields';
import { STATUS_TEXT } from '../../shared/components/format';
import { BackLink } from '../../shared/components/misc';
import { ApiErrorView, Loading } from '../../shared/components/states';
import { usePageTitle } from '../../shared/components/usePageTitle';

export function TriageEventPage({ id }: { id: string }) {
  const { api, me } = useAuth();
  const result = useLoad(
    async () => {
      const [event, taxonomy] = await Promise.all([
        call(api.GET('/api/v1/events/{eventId}', { params: { path: { eventId: id } } })),
        call(api.GET('/api/v1/reference/taxonomy')),
      ]);
      return { event, taxonomy };
    },
    [api, id],
  );
  const [event, setEvent] = useState<EventDetail | null>(null);
  const [justSaved, setJustSaved] = useState(false);
  useEffect(() => setEvent(result.state === 'ok' ? result.data.event : null), [result.state, result.data]);
  usePageTitle(event ? `Event ${event.reference}` : 'Event');

  if (result.state === 'loading' || (result.state === 'ok' && !event)) return <Loading />;
  if (result.state === 'error') return <ApiErrorView error={result.error} />;
  if (!event) return <Loading />;
  const canEdit = hasAnyRole(me?.roles, TRIAGE_EDIT_ROLES);

  return (
    <>
      <BackLink to="/triage">Triage queue</BackLink>
      <h1>
        <span className="nhsuk-caption-l">Event</span>
        {event.reference}
      </h1>
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <h2>What was reported</h2>
          <EventSummaryList event={event} taxonomy={result.data.taxonomy} />
          <h2>History</h2>
          <EventHistory event={event} />
          {justSaved && (
            <div className="nhsuk-inset-text" role="status">
              <span className="nhsuk-u-visually-hidden">Information: </span>
              <p>Triage saved.</p>
            </div>
          )}
          {canEdit && (
            <TriageForm
              key={event.version}
              event={event}
              taxonomy={result.data.taxonomy}
              onSaved={(e) => {
                setEvent(e);
                setJustSaved(true);
              }}
              onReload={() => {
                setJustSaved(false);
                result.reload();
              }}
            />
          )}
        </div>
      </div>
    </>
  );
}

const FIELD_IDS: Record<string, string> = {
  status: 'triage-status',
  categoryCode: 'triage-category',
  physicalHarm: 'triage-physicalHarm',
  psychologicalHarm: 'triage-psychologicalHarm',
  note: 'triage-note',
};

interface FormProps {
  event: EventDetail;
  taxonomy: Taxonomy;
  onSaved: (e: EventDetail) => void;
  onReload: () => void;
}

function TriageForm({ event, taxonomy, onSaved, onReload }: FormProps) {
  const { api } = useAuth();
  const [status, setStatus] = useState<string>(event.status);
  const [category, setCategory] = useState(event.category.code);
  const [physical, setPhysical] = useState(event.physicalHarm.code);
  const [psychological, setPsychological] = useState(event.psychologicalHarm.code);
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<FieldMessage[]>([]);
  const [conflict, setConflict] = useState(false);
  const [other, setOther] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [submits, setSubmits] = useState(0);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSubmits((s) => s + 1);
    setConflict(false);
    setOther(null);
    const errs: FieldMessage[] = [];
    if (!status) errs.push({ id: FIELD_IDS.status, message: 'Select a status' });
    if (!category) errs.push({ id: FIELD_IDS.categoryCode, message: 'Select a category' });
    if (!physical) errs.push({ id: FIELD_IDS.physicalHarm, message: 'Select the level of physical harm' });
    if (!psychological) errs.push({ id: FIELD_IDS.psychologicalHarm, message: 'Select the level of psychological harm' });
    if (note.trim().length > 2000) errs.push({ id: FIELD_IDS.note, message: 'Note must be 2,000 characters or fewer' });
    setErrors(errs);
    if (errs.length) return;
    setSaving(true);
    try {
      const updated = await call(
        api.PUT('/api/v1/events/{eventId}/triage', {
          params: { path: { eventId: event.id } },
          body: {
            version: event.version,
            status: status as EventStatus,
            categoryCode: category,
            physicalHarm: Number(physical),
            psychologicalHarm: Number(psychological),
            ...(note.trim() ? { note: note.trim() } : {}),
          },
        }),
      );
      onSaved(updated);
    } catch (err) {
      if (err instanceof ApiError && err.status === 409) setConflict(true);
      else if (err instanceof ApiError && err.status === 400 && err.problem?.errors?.length) {
        setErrors(
          err.problem.errors.map((fe) => ({ id: FIELD_IDS[fe.field] ?? FIELD_IDS.status, message: fe.message })),
        );
      } else if (err instanceof ApiError && err.status === 403) setOther('You do not have access to change the triage of this event.');
      else if (err instanceof NetworkError) setOther('We could not connect to the service. Check your connection and try again.');
      else setOther('Sorry, there is a problem with the service. Try again later.');
    } finally {
      setSaving(false);
    }
  };

  const map = toErrorMap(errors);
  return (
    <>
      <h2 id="triage-heading">Triage</h2>
      {conflict && (
        <ErrorSummary errors={[]} focusKey={submits} title="Someone else changed this event while you were working on it">
          <p>Someone else changed this event after you opened it, so your changes were not saved.</p>
          <p>Reload the event to see the latest version, then make your changes again.</p>
          <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={onReload}>
            Reload the event
          </button>
        </ErrorSummary>
      )}
      {other && (
        <ErrorSummary errors={[]} focusKey={submits}>
          <p>{other}</p>
        </ErrorSummary>
      )}
      {!conflict && !other && <ErrorSummary errors={errors} focusKey={submits} />}
      <form noValidate onSubmit={(e) => void submit(e)} aria-labelledby="triage-heading">
        <Select
          id={FIELD_IDS.status}
          label="Status"
          value={status}
          onChange={setStatus}
          options={Object.entries(STATUS_TEXT).map(([value, text]) => ({ value, text }))}
          error={map[FIELD_IDS.status]}
        />
        <Select
          id={FIELD_IDS.categoryCode}
          label="Category"
          value={category}
          onChange={setCategory}
          options={taxonomy.categories.map((c) => ({ value: c.code, text: c.display }))}
          error={map[FIELD_IDS.categoryCode]}
        />
        <Select
          id={FIELD_IDS.physicalHarm}
          label="Physical harm"
          value={physical}
          onChange={setPhysical}
          options={taxonomy.physicalHarm.map((c) => ({ value: c.code, text: c.display }))}
          error={map[FIELD_IDS.physicalHarm]}
        />
        <Select
          id={FIELD_IDS.psychologicalHarm}
          label="Psychological harm"
          value={psychological}
          onChange={setPsychological}
          options={taxonomy.psychologicalHarm.map((c) => ({ value: c.code, text: c.display }))}
          error={map[FIELD_IDS.psychologicalHarm]}
        />
        <Textarea
          id={FIELD_IDS.note}
          label="Note"
          hint="Optional. Why you made these changes; it is kept in the history."
          rows={4}
          value={note}
          onChange={setNote}
          maxLength={2000}
          error={map[FIELD_IDS.note]}
        />
        <button className="nhsuk-button" type="submit" disabled={saving} aria-disabled={saving}>
          Save triage
        </button>
      </form>
    </>
  );
}
