import { useEffect, useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { call } from '../../shared/api/client';
import { ApiError } from '../../shared/api/errors';
import { useLoad } from '../../shared/api/useApi';
import { useAuth } from '../../shared/auth/AuthContext';
import { mayCall } from '../../shared/auth/roles';
import { saveBlob } from '../../shared/components/download';
import { ErrorSummary } from '../../shared/components/error-summary';
import { ErrorMessage, Select, TextInput, type FieldMessage } from '../../shared/components/fields';
import { STATUS_TEXT } from '../../shared/components/format';
import { BackLink, FilterActions, Pagination } from '../../shared/components/misc';
import { ApiErrorView, Loading } from '../../shared/components/states';
import { usePageTitle } from '../../shared/components/usePageTitle';
import { MAX_CASE_EVENTS, newCaseHref } from './caseLinks';
import { WAITING_STATUS, filtersFrom, isFiltered, toQuery, toSearch, type TriageFilters } from './filters';
import { QueueTable } from './QueueTable';

const PAGE_SIZE = 20;

export function TriageQueuePage() {
  const { api, me } = useAuth();
  const canGroup = mayCall(me?.roles, 'createCase');
  const [selected, setSelected] = useState<string[]>([]);
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const applied = filtersFrom(params);
  const page = Math.max(0, Number.parseInt(params.get('page') ?? '0', 10) || 0);
  const [form, setForm] = useState<TriageFilters>(applied);
  const [formErrors, setFormErrors] = useState<FieldMessage[]>([]);
  const [submits, setSubmits] = useState(0);
  const [downloadProblem, setDownloadProblem] = useState<string | null>(null);
  const key = toSearch(applied, page);
  usePageTitle('Triage queue', formErrors.length > 0);
  // The queue opens on the events waiting for triage, and its address says so.
  const statusMissing = !params.has('status');
  useEffect(() => {
    if (statusMissing) void navigate(`/triage${key}`, { replace: true });
  }, [statusMissing, key, navigate]);

  const toggle = (id: string, on: boolean) => setSelected((s) => (on ? [...s, id] : s.filter((x) => x !== id)));
  const group = (e: FormEvent) => {
    e.preventDefault();
    setSubmits((s) => s + 1);
    const firstBox = document.querySelector<HTMLInputElement>('input[name="eventId"]')?.id ?? 'group-events';
    if (selected.length < 2) setFormErrors([{ id: firstBox, message: 'Select at least 2 events to group into a case' }]);
    else if (selected.length > MAX_CASE_EVENTS) setFormErrors([{ id: firstBox, message: `Select ${MAX_CASE_EVENTS} events or fewer` }]);
    else navigate(newCaseHref(selected));
  };

  const taxonomy = useLoad(() => call(api.GET('/api/v1/reference/taxonomy')), [api]);
  const events = useLoad(
    () => call(api.GET('/api/v1/events', { params: { query: { ...toQuery(applied), page, size: PAGE_SIZE } } })),
    [api, key],
  );

  const apply = (e: FormEvent) => {
    e.preventDefault();
    const errs: FieldMessage[] = [];
    if (form.occurredFrom && form.occurredTo && form.occurredFrom > form.occurredTo)
      errs.push({ id: 'occurredTo', message: 'Occurred to must be the same as or after occurred from' });
    setSubmits((s) => s + 1);
    setFormErrors(errs);
    if (!errs.length) navigate(`/triage${toSearch(form)}`);
  };

  const download = async () => {
    setDownloadProblem(null);
    try {
      // Through the API client: bearer token, and sign in again on 401.
      const blob = await call(
        api.GET('/api/v1/events/export', {
          params: { query: toQuery(applied) },
          headers: { Accept: 'text/csv' },
          parseAs: 'blob',
        }),
      );
      saveBlob(blob, `triage-queue-${new Date().toISOString().slice(0, 10)}.csv`);
    } catch (e) {
      setDownloadProblem(
        e instanceof ApiError && e.status === 403
          ? 'You do not have access to download the triage queue.'
          : 'The CSV file could not be downloaded. Try again later.',
      );
    }
  };

  const categories = taxonomy.state === 'ok' ? taxonomy.data.categories : [];
  const harms = taxonomy.state === 'ok' ? taxonomy.data.physicalHarm : [];
  const errorMap = Object.fromEntries(formErrors.map((e) => [e.id, e.message]));
  const groupError = formErrors.find((e) => e.id.startsWith('select-') || e.id === 'group-events')?.message;

  if (events.state === 'error' && events.error instanceof ApiError && events.error.status === 403)
    return <ApiErrorView error={events.error} />;

  return (
    <>
      <BackLink to="/">Home</BackLink>
      <ErrorSummary errors={formErrors} focusKey={submits} />
      <h1>Triage queue</h1>
      <p>
        Events reviewed together are grouped in <Link to="/cases">Cases</Link>.
      </p>
      <details className="nhsuk-details" open={isFiltered(applied) || undefined}>
        <summary className="nhsuk-details__summary">
          <span className="nhsuk-details__summary-text">Filter events</span>
        </summary>
        <div className="nhsuk-details__text">
          <form noValidate onSubmit={apply} aria-label="Filter events">
            <Select
              id="status"
              label="Status"
              hint="The queue opens on the events waiting for triage (submitted)."
              placeholder="Any status"
              value={form.status}
              onChange={(v) => setForm({ ...form, status: v })}
              options={Object.entries(STATUS_TEXT).map(([value, text]) => ({ value, text }))}
            />
            <Select
              id="physicalHarm"
              label="Physical harm"
              placeholder="Any level"
              value={form.physicalHarm}
              onChange={(v) => setForm({ ...form, physicalHarm: v })}
              options={harms.map((c) => ({ value: c.code, text: c.display }))}
            />
            <Select
              id="category"
              label="Category"
              placeholder="Any category"
              value={form.category}
              onChange={(v) => setForm({ ...form, category: v })}
              options={categories.map((c) => ({ value: c.code, text: c.display }))}
            />
            <TextInput
              id="occurredFrom"
              label="Occurred from"
              type="date"
              value={form.occurredFrom}
              onChange={(v) => setForm({ ...form, occurredFrom: v })}
            />
            <TextInput
              id="occurredTo"
              label="Occurred to"
              type="date"
              value={form.occurredTo}
              onChange={(v) => setForm({ ...form, occurredTo: v })}
              error={errorMap.occurredTo}
            />
            <FilterActions listPath="/triage" onClear={() => setForm(filtersFrom(new URLSearchParams()))} />
          </form>
        </div>
      </details>

      <p>
        <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={() => void download()}>
          Download CSV
        </button>
      </p>
      {downloadProblem && (
        <div className="nhsuk-error-message" role="alert">
          <span className="nhsuk-u-visually-hidden">Error:</span> {downloadProblem}
        </div>
      )}

      {events.state === 'loading' && <Loading />}
      {events.state === 'error' && <ApiErrorView error={events.error} />}
      {events.state === 'ok' && (
        <>
          <p role="status">
            {events.data.totalItems === 0
              ? applied.status === WAITING_STATUS && !isFiltered(applied) ? 'No events are waiting for triage.' : 'No events match.'
              : `${events.data.totalItems} event${events.data.totalItems === 1 ? '' : 's'}${applied.status === WAITING_STATUS ? ' waiting for triage' : ''}, newest first. Page ${page + 1} of ${Math.max(1, events.data.totalPages)}.`}
          </p>
          {events.data.items.length > 0 &&
            (canGroup ? (
              <form noValidate onSubmit={group} aria-label="Group events into a case">
                <QueueTable events={events.data.items} selected={selected} onSelect={toggle} />
                <div className={`nhsuk-form-group${groupError ? ' nhsuk-form-group--error' : ''}`}>
                  <p role="status" className="nhsuk-body-s">
                    {selected.length} event{selected.length === 1 ? '' : 's'} selected
                  </p>
                  <ErrorMessage id="group-events" message={groupError} />
                  <button className="nhsuk-button nhsuk-button--secondary" type="submit" id="group-events">
                    Group selected events into a case
                  </button>
                </div>
              </form>
            ) : (
              <QueueTable events={events.data.items} />
            ))}
          <Pagination page={page} totalPages={events.data.totalPages} hrefFor={(p) => `/triage${toSearch(applied, p)}`} />
        </>
      )}
    </>
  );
}

