import { Link } from 'react-router';
import { call } from '../../shared/api/client';
import { useLoad } from '../../shared/api/useApi';
import { useAuth } from '../../shared/auth/AuthContext';
import { formatDate } from '../../shared/components/format';
import { listSearch } from '../../shared/components/listParams';
import { StatusFilter, useStatusList } from '../../shared/components/StatusFilter';
import { BackLink, Cell, Pagination, TableHead } from '../../shared/components/misc';
import { ApiErrorView, Loading } from '../../shared/components/states';
import { usePageTitle } from '../../shared/components/usePageTitle';
import { InitialReportTag, RESPONSE_STATUS_TEXT, ResponseStatusTag } from './text';
import type { LearningResponseStatus } from './types';

const PAGE_SIZE = 20;
const STATUSES = Object.keys(RESPONSE_STATUS_TEXT) as LearningResponseStatus[];

/** Learning responses, newest first, filtered by status, with the initial report's state. */
export function ResponsesListPage() {
  const { api } = useAuth();
  const { status, page } = useStatusList(STATUSES);
  usePageTitle('Learning responses');
  const responses = useLoad(
    () => call(api.GET('/api/v1/responses', { params: { query: { status, page, size: PAGE_SIZE } } })),
    [api, status, page],
  );

  return (
    <>
      <BackLink to="/">Home</BackLink>
      <h1>Learning responses</h1>
      <StatusFilter listPath="/responses" label="Filter learning responses" status={status} texts={RESPONSE_STATUS_TEXT} />
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
                    <Cell heading="Reference">
                      <Link to={`/responses/${r.id}`}>{r.reference}</Link>
                    </Cell>
                    <Cell heading="Type">
                      {r.typeDisplay}
                    </Cell>
                    <Cell heading="Events">
                      {r.events.map((e) => e.reference).join(', ')}
                    </Cell>
                    <Cell heading="Status">
                      <ResponseStatusTag status={r.status} />
                    </Cell>
                    <Cell heading="Initial report">
                      <InitialReportTag status={r.initialReportStatus} />
                      {r.initialReportDueOn && r.initialReportStatus !== 'sent' && r.initialReportStatus !== 'not-required' && (
                        <span className="nhsuk-u-display-block nhsuk-body-s nhsuk-u-margin-bottom-0">Due {formatDate(r.initialReportDueOn)}</span>
                      )}
                    </Cell>
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
