import { Link } from 'react-router';
import { call } from '../../shared/api/client';
import { useLoad } from '../../shared/api/useApi';
import { useAuth } from '../../shared/auth/AuthContext';
import { mayCall } from '../../shared/auth/roles';
import { formatDate } from '../../shared/components/format';
import { BackLink, Cell, TableHead } from '../../shared/components/misc';
import { ApiErrorView, Loading } from '../../shared/components/states';
import { usePageTitle } from '../../shared/components/usePageTitle';
import { CandidateTag, waitingText } from './text';

/** The candidates to be QI coaches with lived experience, with what each one's pathway waits on. */
export function CandidatesListPage() {
  const { api, me } = useAuth();
  usePageTitle('Recruiting coaches with lived experience');
  const candidates = useLoad(() => call(api.GET('/api/v1/coach-candidates')), [api]);
  const inProgress = candidates.state === 'ok' ? candidates.data.filter((c) => c.status === 'in-progress').length : 0;
  return (
    <>
      <BackLink to="/">Home</BackLink>
      <h1>Recruiting coaches with lived experience</h1>
      <p>
        Service users and carers who express an interest in becoming a QI coach with lived experience follow the pathway step by step, from the
        job description to their induction in the directorate. Read the <Link to="/coach-recruitment/job-description">job description</Link>.
      </p>
      {mayCall(me?.roles, 'recordExpressionOfInterest') && (
        <Link className="nhsuk-button nhsuk-button--secondary" to="/coach-recruitment/new">
          Record an expression of interest
        </Link>
      )}
      {candidates.state === 'loading' && <Loading />}
      {candidates.state === 'error' && <ApiErrorView error={candidates.error} />}
      {candidates.state === 'ok' && (
        <>
          <p role="status">
            {candidates.data.length === 0
              ? 'No one has expressed an interest yet.'
              : `${candidates.data.length} ${candidates.data.length === 1 ? 'candidate' : 'candidates'}; ${inProgress} on the pathway.`}
          </p>
          {candidates.data.length > 0 && (
            <table className="nhsuk-table-responsive">
              <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">Candidates, their directorate and what their pathway waits on</caption>
              <TableHead headings={['Candidate', 'Directorate', 'Status', 'Waiting on', 'Latest step']} />
              <tbody className="nhsuk-table__body">
                {candidates.data.map((c) => (
                  <tr key={c.id} className="nhsuk-table__row">
                    <Cell heading="Candidate">
                      <Link to={`/coach-recruitment/${c.id}`}>{c.name}</Link>
                    </Cell>
                    <Cell heading="Directorate">{c.directorate.name}</Cell>
                    <Cell heading="Status">
                      <CandidateTag status={c.status} />
                    </Cell>
                    <Cell heading="Waiting on">{waitingText(c)}</Cell>
                    <Cell heading="Latest step">{formatDate(c.lastStepOn)}</Cell>
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
