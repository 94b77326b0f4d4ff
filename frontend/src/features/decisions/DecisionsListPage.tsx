import { useEffect, useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { call } from '../../shared/api/client';
import { useLoad } from '../../shared/api/useApi';
import { useAuth } from '../../shared/auth/AuthContext';
import { Select } from '../../shared/components/fields';
import { formatDateTime } from '../../shared/components/format';
import { BackLink, FilterActions, Pagination, TableHead } from '../../shared/components/misc';
import { ApiErrorView, Loading } from '../../shared/components/states';
import { usePageTitle } from '../../shared/components/usePageTitle';
import { listSearch, pageFrom, statusFrom } from '../../shared/components/listParams';
import { DECISION_STATUS_TEXT, DecisionStatusTag } from './text';
import type { DecisionStatus } from './types';

const PAGE_SIZE = 20;
const STATUSES = Object.keys(DECISION_STATUS_TEXT) as DecisionStatus[];

/** Panel decisions, newest first, filtered by status. */
export function DecisionsListPage() {
  const { api } = useAuth();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const status = statusFrom(params, STATUSES);
  const page = pageFrom(params);
  const [chosen, setChosen] = useState<string>(status ?? '');
  useEffect(() => setChosen(status ?? ''), [status]);
  usePageTitle('Panel decisions');
  const decisions = useLoad(
    () => call(api.GET('/api/v1/decisions', { params: { query: { status, page, size: PAGE_SIZE } } })),
    [api, status, page],
  );

  const apply = (e: FormEvent) => {
    e.preventDefault();
    void navigate(`/decisions${listSearch(chosen)}`);
  };

  return (
    <>
      <BackLink to="/">Home</BackLink>
      <h1>Panel decisions</h1>
      <form noValidate onSubmit={apply} aria-label="Filter decisions">
        <Select
          id="status"
          label="Status"
          placeholder="Any status"
          value={chosen}
          onChange={setChosen}
          options={STATUSES.map((s) => ({ value: s, text: DECISION_STATUS_TEXT[s] }))}
        />
        <FilterActions listPath="/decisions" onClear={() => setChosen('')} />
      </form>
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
                    <td className="nhsuk-table__cell">
                      <span className="nhsuk-table-responsive__heading" aria-hidden="true">Decision for </span>
                      <Link to={`/decisions/${d.id}`}>{d.case ? d.case.reference : d.events.map((e) => e.reference).join(', ')}</Link>
                      {d.case && <span className="nhsuk-u-display-block">{d.case.title}</span>}
                    </td>
                    <td className="nhsuk-table__cell">
                      <span className="nhsuk-table-responsive__heading" aria-hidden="true">Response decided </span>
                      {d.responseTypeDisplay}
                    </td>
                    <td className="nhsuk-table__cell">
                      <span className="nhsuk-table-responsive__heading" aria-hidden="true">Recorded </span>
                      {formatDateTime(d.recordedAt)} by {d.recordedBy}
                    </td>
                    <td className="nhsuk-table__cell">
                      <span className="nhsuk-table-responsive__heading" aria-hidden="true">Status </span>
                      <DecisionStatusTag status={d.status} />
                    </td>
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
