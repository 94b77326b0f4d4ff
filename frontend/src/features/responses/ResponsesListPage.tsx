import { useEffect, useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { call } from '../../shared/api/client';
import { useLoad } from '../../shared/api/useApi';
import { useAuth } from '../../shared/auth/AuthContext';
import { inPatientSafetyTeam } from '../../shared/auth/roles';
import { Select } from '../../shared/components/fields';
import { formatDate } from '../../shared/components/format';
import { pageFrom, statusFrom } from '../../shared/components/listParams';
import { BackLink, Cell, FilterActions, Pagination, TableHead } from '../../shared/components/misc';
import { ApiErrorView, Loading } from '../../shared/components/states';
import { usePageTitle } from '../../shared/components/usePageTitle';
import { DUE_STATUS_TEXT, DueStatusTag, InitialReportTag, RESPONSE_STATUS_TEXT, ResponseStatusTag } from './text';
import type { DueStatus, LearningResponseStatus } from './types';

const PAGE_SIZE = 20;
const STATUSES = Object.keys(RESPONSE_STATUS_TEXT) as LearningResponseStatus[];
/** The due filter: a closed response is found by its status, so "closed" is not offered twice. */
const DUE_STATUSES: DueStatus[] = (Object.keys(DUE_STATUS_TEXT) as DueStatus[]).filter((s) => s !== 'closed');

/** `?status=…&dueStatus=…&page=…` with only what is set. */
export function responsesSearch(status: string, dueStatus: string, page = 0): string {
  const p = new URLSearchParams();
  if (status) p.set('status', status);
  if (dueStatus) p.set('dueStatus', dueStatus);
  if (page > 0) p.set('page', String(page));
  const s = p.toString();
  return s ? `?${s}` : '';
}

/**
 * Learning responses, newest first, filtered by status and due status, with the initial report's state and the
 * target date; overdue and near-due responses stand out with a tag that says so. A lead sees their own only.
 */
export function ResponsesListPage() {
  const { api, me } = useAuth();
  const [params] = useSearchParams();
  const status = statusFrom(params, STATUSES);
  const due = DUE_STATUSES.includes(params.get('dueStatus') as DueStatus) ? (params.get('dueStatus') as DueStatus) : undefined;
  const page = pageFrom(params);
  const ownOnly = !inPatientSafetyTeam(me?.roles);
  const title = ownOnly ? 'My learning responses' : 'Learning responses';
  usePageTitle(title);
  const responses = useLoad(
    () => call(api.GET('/api/v1/responses', { params: { query: { status, dueStatus: due, page, size: PAGE_SIZE } } })),
    [api, status, due, page],
  );

  return (
    <>
      <BackLink to="/">Home</BackLink>
      <h1>{title}</h1>
      <ResponseFilter status={status} due={due} />
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
              <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">Learning responses, their status, lead, target and initial report</caption>
              <TableHead headings={['Reference', 'Type', 'Events', 'Status', 'Lead', 'Target', 'Initial report']} />
              <tbody className="nhsuk-table__body">
                {responses.data.items.map((r) => (
                  <tr key={r.id} className="nhsuk-table__row">
                    <Cell heading="Reference">
                      <Link to={`/responses/${r.id}`}>{r.reference}</Link>
                    </Cell>
                    <Cell heading="Type">{r.typeDisplay}</Cell>
                    <Cell heading="Events">{r.events.map((e) => e.reference).join(', ')}</Cell>
                    <Cell heading="Status">
                      <ResponseStatusTag status={r.status} />
                    </Cell>
                    <Cell heading="Lead">{r.leadName ?? 'Not assigned'}</Cell>
                    <Cell heading="Target">
                      {r.targetCompletionOn ? (
                        <>
                          {r.dueStatus && <DueStatusTag status={r.dueStatus} />}
                          <span className="nhsuk-u-display-block nhsuk-body-s nhsuk-u-margin-bottom-0">
                            {r.dueStatus === 'closed' ? 'Target was' : 'Due'} {formatDate(r.targetCompletionOn)}
                          </span>
                        </>
                      ) : (
                        'Not started'
                      )}
                    </Cell>
                    <Cell heading="Initial report">
                      <InitialReportTag status={r.initialReportStatus} />
                      {r.initialReportDueOn && (r.initialReportStatus === 'due' || r.initialReportStatus === 'overdue') && (
                        <span className="nhsuk-u-display-block nhsuk-body-s nhsuk-u-margin-bottom-0">Due {formatDate(r.initialReportDueOn)}</span>
                      )}
                    </Cell>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <Pagination page={page} totalPages={responses.data.totalPages} hrefFor={(p) => `/responses${responsesSearch(status ?? '', due ?? '', p)}`} />
        </>
      )}
    </>
  );
}

/** The status and due-status filters; applying them goes to the list's address with them. */
function ResponseFilter({ status, due }: { status?: LearningResponseStatus; due?: DueStatus }) {
  const navigate = useNavigate();
  const [chosenStatus, setChosenStatus] = useState<string>(status ?? '');
  const [chosenDue, setChosenDue] = useState<string>(due ?? '');
  useEffect(() => setChosenStatus(status ?? ''), [status]);
  useEffect(() => setChosenDue(due ?? ''), [due]);
  const apply = (e: FormEvent) => {
    e.preventDefault();
    void navigate(`/responses${responsesSearch(chosenStatus, chosenDue)}`);
  };
  return (
    <form noValidate onSubmit={apply} aria-label="Filter learning responses">
      <Select
        id="status"
        label="Status"
        placeholder="Any status"
        value={chosenStatus}
        onChange={setChosenStatus}
        options={STATUSES.map((s) => ({ value: s, text: RESPONSE_STATUS_TEXT[s] }))}
      />
      <Select
        id="dueStatus"
        label="Due"
        placeholder="Any"
        value={chosenDue}
        onChange={setChosenDue}
        options={DUE_STATUSES.map((s) => ({ value: s, text: DUE_STATUS_TEXT[s] }))}
      />
      <FilterActions
        listPath="/responses"
        onClear={() => {
          setChosenStatus('');
          setChosenDue('');
        }}
      />
    </form>
  );
}
