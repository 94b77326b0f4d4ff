import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { call } from '../../shared/api/client';
import { ApiError } from '../../shared/api/errors';
import { useLoad } from '../../shared/api/useApi';
import { useAuth } from '../../shared/auth/AuthContext';
import { ErrorSummary } from '../../shared/components/ErrorSummary';
import { Select, TextInput, type FieldMessage } from '../../shared/components/fields';
import { STATUS_TEXT, formatDateTime } from '../../shared/components/format';
import { BackLink, FilterActions, Pagination, StatusTag, TableHead } from '../../shared/components/misc';
import { ApiErrorView, Loading } from '../../shared/components/states';
import { usePageTitle } from '../../shared/components/usePageTitle';
import { filtersFrom, toQuery, toSearch, type TriageFilters } from './filters';

const PAGE_SIZE = 20;

export function TriageQueuePage() {
  const { api } = useAuth();
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
      const url = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = url;
      a.download = `triage-queue-${new Date().toISOString().slice(0, 10)}.csv`;
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
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

  if (events.state === 'error' && events.error instanceof ApiError && events.error.status === 403)
    return <ApiErrorView error={events.error} />;

  return (
    <>
      <BackLink to="/">Home</BackLink>
      <ErrorSummary errors={formErrors} focusKey={submits} />
      <h1>Triage queue</h1>
      <details className="nhsuk-details" open={Object.values(applied).some(Boolean) || undefined}>
        <summary className="nhsuk-details__summary">
          <span className="nhsuk-details__summary-text">Filter events</span>
        </summary>
        <div className="nhsuk-details__text">
          <form noValidate onSubmit={apply} aria-label="Filter events">
            <Select
              id="status"
              label="Status"
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
              ? 'No events match.'
              : `${events.data.totalItems} event${events.data.totalItems === 1 ? '' : 's'}, newest first. Page ${page + 1} of ${Math.max(1, events.data.totalPages)}.`}
          </p>
          {events.data.items.length > 0 && (
            <table className="nhsuk-table-responsive">
              <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">Events waiting for triage and their status</caption>
              <TableHead headings={['Reference', 'Reported', 'Occurred', 'Category', 'Physical harm', 'Location', 'Status']} />
              <tbody className="nhsuk-table__body">
                {events.data.items.map((e) => (
                  <tr key={e.id} className="nhsuk-table__row">
                    <td className="nhsuk-table__cell">
                      <span className="nhsuk-table-responsive__heading" aria-hidden="true">Reference </span>
                      <Link to={`/triage/${e.id}`}>{e.reference}</Link>
                    </td>
                    <td className="nhsuk-table__cell">
                      <span className="nhsuk-table-responsive__heading" aria-hidden="true">Reported </span>
                      {formatDateTime(e.reportedAt)}
                    </td>
                    <td className="nhsuk-table__cell">
                      <span className="nhsuk-table-responsive__heading" aria-hidden="true">Occurred </span>
                      {formatDateTime(e.occurredAt)}
                    </td>
                    <td className="nhsuk-table__cell">
                      <span className="nhsuk-table-responsive__heading" aria-hidden="true">Category </span>
                      {e.category.display}
                    </td>
                    <td className="nhsuk-table__cell">
                      <span className="nhsuk-table-responsive__heading" aria-hidden="true">Physical harm </span>
                      {e.physicalHarm.display}
                    </td>
                    <td className="nhsuk-table__cell">
                      <span className="nhsuk-table-responsive__heading" aria-hidden="true">Location </span>
                      {e.location.name}
                    </td>
                    <td className="nhsuk-table__cell">
                      <span className="nhsuk-table-responsive__heading" aria-hidden="true">Status </span>
                      <StatusTag status={e.status} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <Pagination page={page} totalPages={events.data.totalPages} hrefFor={(p) => `/triage${toSearch(applied, p)}`} />
        </>
      )}
    </>
  );
}
