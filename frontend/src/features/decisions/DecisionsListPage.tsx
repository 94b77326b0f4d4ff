import { Link } from 'react-router';
import { call } from '../../shared/api/client';
import { useLoad } from '../../shared/api/useApi';
import { useAuth } from '../../shared/auth/AuthContext';
import { formatDateTime } from '../../shared/components/format';
import { BackLink, Cell, Pagination, TableHead } from '../../shared/components/misc';
import { ApiErrorView, Loading } from '../../shared/components/states';
import { usePageTitle } from '../../shared/components/usePageTitle';
import { listSearch } from '../../shared/components/listParams';
import { StatusFilter, useStatusList } from '../../shared/components/status-filter';
import { DECISION_STATUS_TEXT, DecisionStatusTag } from './text';
import type { DecisionStatus } from './types';

const PAGE_SIZE = 20;
const STATUSES = Object.keys(DECISION_STATUS_TEXT) as DecisionStatus[];

/** Panel decisions, newest first, filtered by status. */
export function DecisionsListPage() {
  const { api } = useAuth();
  const { status, page } = useStatusList(STATUSES);
  usePageTitle('Panel decisions');
  const decisions = useLoad(
    () => call(api.GET('/api/v1/decisions', { params: { query: { status, page, size: PAGE_SIZE } } })),
    [api, status, page],
  );

  return (
    <>
      <BackLink to="/">Home</BackLink>
      <h1>Panel decisions</h1>
      <StatusFilter listPath="/decisions" label="Filter decisions" status={status} texts={DECISION_STATUS_TEXT} />
      {decisions.state === 'loading' && <Loading />}
      {decisions.state === 'error' && <ApiErrorView error={decisions.error} />}
      {decisions.state === 'ok' && (
        <>
          <p role="status">
            {decisions.data.totalItems === 0
              ? 'No decisions match.'
              : `${decisions.data.totalItems} decision${decisions.data.totalItems === 1 ? '' : 's'}, newest first. Page ${page + 1} of ${Math.max(1, decisions.data.totalPages)}.`}
          </p>
          {decisions.data.items.length > 0 && (
            <table className="nhsuk-table-responsive">
              <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">Panel decisions and their status</caption>
              <TableHead headings={['Decision for', 'Response decided', 'Recorded', 'Status']} />
              <tbody className="nhsuk-table__body">
                {decisions.data.items.map((d) => (
                  <tr key={d.id} className="nhsuk-table__row">
                    <Cell heading="Decision for">
                      <Link to={`/decisions/${d.id}`}>{d.case ? d.case.reference : d.events.map((e) => e.reference).join(', ')}</Link>
                      {d.case && <span className="nhsuk-u-display-block">{d.case.title}</span>}
                    </Cell>
                    <Cell heading="Response decided">
                      {d.responseTypeDisplay}
                    </Cell>
                    <Cell heading="Recorded">
                      {formatDateTime(d.recordedAt)} by {d.recordedBy}
                    </Cell>
                    <Cell heading="Status">
                      <DecisionStatusTag status={d.status} />
                    </Cell>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <Pagination page={page} totalPages={decisions.data.totalPages} hrefFor={(p) => `/decisions${listSearch(status ?? '', p)}`} />
        </>
      )}
    </>
  );
}
