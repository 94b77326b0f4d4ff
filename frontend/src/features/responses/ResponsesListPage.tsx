import { useEffect, useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { call } from '../../shared/api/client';
import { useLoad } from '../../shared/api/useApi';
import { useAuth } from '../../shared/auth/AuthContext';
import { Select } from '../../shared/components/fields';
import { formatDate } from '../../shared/components/format';
import { listSearch, pageFrom, statusFrom } from '../../shared/components/listParams';
import { BackLink, FilterActions, Pagination, TableHead } from '../../shared/components/misc';
import { ApiErrorView, Loading } from '../../shared/components/states';
import { usePageTitle } from '../../shared/components/usePageTitle';
import { InitialReportTag, RESPONSE_STATUS_TEXT, ResponseStatusTag } from './text';
import type { LearningResponseStatus } from './types';

const PAGE_SIZE = 20;
const STATUSES = Object.keys(RESPONSE_STATUS_TEXT) as LearningResponseStatus[];

/** Learning responses, newest first, filtered by status, with the initial report's state. */
export function ResponsesListPage() {
  const { api } = useAuth();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const status = statusFrom(params, STATUSES);
  const page = pageFrom(params);
  const [chosen, setChosen] = useState<string>(status ?? '');
  useEffect(() => setChosen(status ?? ''), [status]);
  usePageTitle('Learning responses');
  const responses = useLoad(
    () => call(api.GET('/api/v1/responses', { params: { query: { status, page, size: PAGE_SIZE } } })),
    [api, status, page],
  );

  const apply = (e: FormEvent) => {
    e.preventDefault();
    void navigate(`/responses${listSearch(chosen)}`);
  };

  return (
    <>
      <BackLink to="/">Home</BackLink>
      <h1>Learning responses</h1>
      <form noValidate onSubmit={apply} aria-label="Filter learning responses">
        <Select
          id="status"
          label="Status"
          placeholder="Any status"
          value={chosen}
          onChange={setChosen}
          options={STATUSES.map((s) => ({ value: s, text: RESPONSE_STATUS_TEXT[s] }))}
        />
        <FilterActions listPath="/responses" onClear={() => setChosen('')} />
      </form>
      {responses.state === 'loading' && <Loading />}
      {responses.state === 'error' && <ApiErrorView error={responses.error} />}
      {responses.state === 'ok' && (
        <>
          <p role="status">
            {responses.data.totalItems === 0
              ? 'No learning responses match.'
              : `${responses.data.totalItems} learning response${responses.data.totalItems === 1 ? '' : 's'}, newest first. Page ${page + 1} of ${Math.max(1, responses.data.totalPages)}.`}
          </p>
          {responses.data.items.length > 0 && (
            <table className="nhsuk-table-responsive">
              <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">Learning responses, their status and initial report</caption>
              <TableHead headings={['Reference', 'Type', 'Events', 'Status', 'Initial report']} />
              <tbody className="nhsuk-table__body">
                {responses.data.items.map((r) => (
                  <tr key={r.id} className="nhsuk-table__row">
                    <td className="nhsuk-table__cell">
                      <span className="nhsuk-table-responsive__heading" aria-hidden="true">Reference </span>
                      <Link to={`/responses/${r.id}`}>{r.reference}</Link>
                    </td>
                    <td className="nhsuk-table__cell">
                      <span className="nhsuk-table-responsive__heading" aria-hidden="true">Type </span>
                      {r.typeDisplay}
                    </td>
                    <td className="nhsuk-table__cell">
                      <span className="nhsuk-table-responsive__heading" aria-hidden="true">Events </span>
                      {r.events.map((e) => e.reference).join(', ')}
                    </td>
                    <td className="nhsuk-table__cell">
                      <span className="nhsuk-table-responsive__heading" aria-hidden="true">Status </span>
                      <ResponseStatusTag status={r.status} />
                    </td>
                    <td className="nhsuk-table__cell">
                      <span className="nhsuk-table-responsive__heading" aria-hidden="true">Initial report </span>
                      <InitialReportTag status={r.initialReportStatus} />
                      {r.initialReportDueOn && r.initialReportStatus !== 'sent' && r.initialReportStatus !== 'not-required' && (
                        <span className="nhsuk-u-display-block nhsuk-body-s nhsuk-u-margin-bottom-0">Due {formatDate(r.initialReportDueOn)}</span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <Pagination page={page} totalPages={responses.data.totalPages} hrefFor={(p) => `/responses${listSearch(status ?? '', p)}`} />
        </>
      )}
    </>
  );
}
