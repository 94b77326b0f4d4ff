import { Link } from 'react-router';
import { call } from '../../shared/api/client';
import { useLoad } from '../../shared/api/useApi';
import { useAuth } from '../../shared/auth/AuthContext';
import { mayCall } from '../../shared/auth/roles';
import { BackLink, Cell, TableHead } from '../../shared/components/misc';
import { ApiErrorView, Loading } from '../../shared/components/states';
import { usePageTitle } from '../../shared/components/usePageTitle';
import { KIND_TEXT, SupervisionTag, dueText, hoursText } from './text';

/** The coach register (issue 12 §1): every QI coach, current coaches first. */
export function CoachesListPage() {
  const { api, me } = useAuth();
  usePageTitle('Coach register');
  const coaches = useLoad(() => call(api.GET('/api/v1/coaches')), [api]);
  const overdue = coaches.state === 'ok' ? coaches.data.filter((c) => c.supervisionOverdue).length : 0;
  return (
    <>
      <BackLink to="/">Home</BackLink>
      <h1>Coach register</h1>
      <p>
        Every QI coach, staff coaches and coaches with lived experience. Each coach has supervision with an improvement advisor at least every 3 months; a
        coach with no session for 3 months is shown as <strong>Supervision overdue</strong>.
      </p>
      {mayCall(me?.roles, 'registerCoach') && (
        <Link className="nhsuk-button nhsuk-button--secondary" to="/coaches/new">
          Register a coach
        </Link>
      )}
      {coaches.state === 'loading' && <Loading />}
      {coaches.state === 'error' && <ApiErrorView error={coaches.error} />}
      {coaches.state === 'ok' && (
        <>
          <p role="status">
            {coaches.data.length === 0
              ? 'There are no coaches on the register yet.'
              : `${coaches.data.length} ${coaches.data.length === 1 ? 'coach' : 'coaches'}; ${overdue} overdue supervision.`}
          </p>
          {coaches.data.length > 0 && (
            <table className="nhsuk-table-responsive">
              <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">QI coaches, their directorate, hours coached and supervision</caption>
              <TableHead headings={['Coach', 'Kind', 'Directorate', 'Hours coached', 'Supervision']} />
              <tbody className="nhsuk-table__body">
                {coaches.data.map((c) => (
                  <tr key={c.id} className="nhsuk-table__row">
                    <Cell heading="Coach">
                      <Link to={`/coaches/${c.id}`}>{c.coach.name}</Link>
                    </Cell>
                    <Cell heading="Kind">{KIND_TEXT[c.kind]}</Cell>
                    <Cell heading="Directorate">{c.directorate?.name ?? 'Not recorded'}</Cell>
                    <Cell heading="Hours coached">{hoursText(c.minutesCoached)}</Cell>
                    <Cell heading="Supervision">
                      <SupervisionTag coach={c} />
                      {c.current && (
                        <>
                          <br />
                          <span className="nhsuk-u-secondary-text-colour">{dueText(c)}</span>
                        </>
                      )}
                    </Cell>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </>
  );
}
