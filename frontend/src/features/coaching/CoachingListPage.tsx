import { Link } from 'react-router';
import { call } from '../../shared/api/client';
import { useLoad } from '../../shared/api/useApi';
import { useAuth } from '../../shared/auth/AuthContext';
import { mayCall } from '../../shared/auth/roles';
import { formatDate } from '../../shared/components/format';
import { BackLink, Cell, TableHead } from '../../shared/components/misc';
import { ApiErrorView, Loading } from '../../shared/components/states';
import { usePageTitle } from '../../shared/components/usePageTitle';
import { ContractTag, hoursText } from './text';

/**
 * The coaching contracts the signed-in person may see: a coach's own, every contract for an improvement advisor,
 * and for a coachee "My coaching", the contracts they are coached in.
 */
export function CoachingListPage() {
  const { api, me } = useAuth();
  const coaches = mayCall(me?.roles, 'createCoachingContract');
  const title = coaches ? 'Coaching contracts' : 'My coaching';
  usePageTitle(title);
  const contracts = useLoad(() => call(api.GET('/api/v1/coaching/contracts')), [api]);
  return (
    <>
      <BackLink to="/">Home</BackLink>
      <h1>{title}</h1>
      {coaches && (
        <Link className="nhsuk-button nhsuk-button--secondary" to="/coaching/new">
          Start a coaching contract
        </Link>
      )}
      {contracts.state === 'loading' && <Loading />}
      {contracts.state === 'error' && <ApiErrorView error={contracts.error} />}
      {contracts.state === 'ok' && contracts.data.length === 0 && (
        <p role="status">{coaches ? 'There are no coaching contracts yet.' : 'You are not being coached at the moment.'}</p>
      )}
      {contracts.state === 'ok' && contracts.data.length > 0 && (
        <table className="nhsuk-table-responsive">
          <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">{title}: who is coached, by whom, the hours and the next meeting</caption>
          <TableHead headings={['Coachee', 'Coach', 'Hours coached', 'Next meeting', 'Status']} />
          <tbody className="nhsuk-table__body">
            {contracts.data.map((c) => (
              <tr key={c.id} className="nhsuk-table__row">
                <Cell heading="Coachee">
                  <Link to={`/coaching/${c.id}`}>{c.title}</Link>
                  {c.awaitingYourAcceptance && (
                    <>
                      <br />
                      <strong className="nhsuk-tag nhsuk-tag--yellow">Accept the ground rules</strong>
                    </>
                  )}
                </Cell>
                <Cell heading="Coach">{c.coaches.map((coach) => coach.name).join(', ')}</Cell>
                <Cell heading="Hours coached">{`${hoursText(c.minutesCoached)} (${c.sessionsHeld} ${c.sessionsHeld === 1 ? 'session' : 'sessions'})`}</Cell>
                <Cell heading="Next meeting">{c.nextMeetingOn ? formatDate(c.nextMeetingOn) : 'Not set'}</Cell>
                <Cell heading="Status">
                  <ContractTag contract={c} />
                </Cell>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
