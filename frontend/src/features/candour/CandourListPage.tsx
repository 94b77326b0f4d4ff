import { Link } from 'react-router';
import { call } from '../../shared/api/client';
import { useLoad } from '../../shared/api/useApi';
import { useAuth } from '../../shared/auth/AuthContext';
import { formatDate } from '../../shared/components/format';
import { BackLink, Cell, TableHead } from '../../shared/components/misc';
import { ApiErrorView, Loading } from '../../shared/components/states';
import { usePageTitle } from '../../shared/components/usePageTitle';
import { CandourListBankHolidayWarning } from './BankHolidayWarning';
import { CandourStatusTag } from './text';
import type { CandourSummary } from './types';

/** Events with Duty of Candour steps, overdue and due first. */
export function CandourListPage() {
  const { api } = useAuth();
  usePageTitle('Duty of Candour');
  const list = useLoad(() => call(api.GET('/api/v1/candour')), [api]);
  const items = list.state === 'ok' ? list.data.items : [];
  const overdue = items.filter((i) => i.status === 'overdue').length;
  const beyond = items.filter((i) => i.writtenDueBeyondKnownBankHolidays && !i.writtenSentOn).length;

  return (
    <>
      <BackLink to="/">Home</BackLink>
      <h1>Duty of Candour</h1>
      <p>
        Events that are notifiable, or whose harm proposes that they are: the verbal notification and apology, the written notification within 10 working days
        and the findings shared (policy §6).
      </p>
      <p>
        <Link to="/candour/bank-holidays">Bank holidays used for working days</Link>
      </p>
      {list.state === 'loading' && <Loading />}
      {list.state === 'error' && <ApiErrorView error={list.error} />}
      {list.state === 'ok' && (
        <>
          <CandourListBankHolidayWarning coverage={list.data.bankHolidays} beyond={beyond} />
          <p role="status">
            {items.length === 0
              ? 'No events need Duty of Candour.'
              : `${items.length} event${items.length === 1 ? '' : 's'}, overdue and due first${overdue ? `; ${overdue} overdue` : ''}.`}
          </p>
          {items.length > 0 && (
            <table className="nhsuk-table-responsive">
              <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">Events with Duty of Candour steps and their status</caption>
              <TableHead headings={['Event', 'Physical harm', 'Status', 'Verbal notification', 'Written notification', 'Findings shared']} />
              <tbody className="nhsuk-table__body">
                {items.map((i) => (
                  <CandourRow key={i.eventId} item={i} />
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </>
  );
}

function CandourRow({ item: i }: { item: CandourSummary }) {
  const done = (d?: string | null) => (d ? formatDate(d) : 'Not yet');
  return (
    <tr className="nhsuk-table__row">
      <Cell heading="Event">
        <Link to={`/candour/events/${i.eventId}`}>{i.eventReference}</Link>
      </Cell>
      <Cell heading="Physical harm">{i.physicalHarm.display}</Cell>
      <Cell heading="Status">
        <CandourStatusTag status={i.status} />
      </Cell>
      <Cell heading="Verbal notification">{done(i.verbalNotifiedOn)}</Cell>
      <Cell heading="Written notification">
        {i.writtenSentOn ? formatDate(i.writtenSentOn) : i.writtenDueOn ? `Due ${formatDate(i.writtenDueOn)}` : 'Not yet'}
        {!i.writtenSentOn && i.writtenDueBeyondKnownBankHolidays && (
          <>
            {' '}
            <strong className="nhsuk-tag nhsuk-tag--orange">After the known bank holidays</strong>
          </>
        )}
      </Cell>
      <Cell heading="Findings shared">{done(i.findingsSharedOn)}</Cell>
    </tr>
  );
}
