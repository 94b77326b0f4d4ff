import { Link } from 'react-router';
import { call } from '../../shared/api/client';
import { useLoad } from '../../shared/api/useApi';
import { useAuth } from '../../shared/auth/AuthContext';
import { mayCall } from '../../shared/auth/roles';
import { formatDate } from '../../shared/components/format';
import { BackLink } from '../../shared/components/misc';
import { ApiErrorView, Loading } from '../../shared/components/states';
import { usePageTitle } from '../../shared/components/usePageTitle';

/** The trust's training programmes, each with when it next meets. */
export function ProgrammesListPage() {
  const { api, me } = useAuth();
  usePageTitle('Training programmes');
  const programmes = useLoad(() => call(api.GET('/api/v1/programmes')), [api]);
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink to="/">Home</BackLink>
        <h1>Training programmes</h1>
        <p>
          Sessions you attend are added to <Link to="/my-training">your training record</Link>.
        </p>
        {programmes.state === 'loading' && <Loading />}
        {programmes.state === 'error' && <ApiErrorView error={programmes.error} />}
        {programmes.state === 'ok' && (
          <ul className="nhsuk-list nhsuk-list--border">
            {programmes.data.map((p) => (
              <li key={p.id}>
                <h2 className="nhsuk-heading-s nhsuk-u-margin-bottom-1">
                  <Link to={`/programmes/${p.id}`}>{p.title}</Link>
                </h2>
                <p className="nhsuk-u-margin-bottom-1">{p.summary}</p>
                <p className="nhsuk-body-s nhsuk-u-secondary-text-colour nhsuk-u-margin-bottom-0">
                  {p.nextSessionOn
                    ? `Next session ${formatDate(p.nextSessionOn)} (${p.upcomingSessions} to come)`
                    : 'No sessions planned'}
                </p>
              </li>
            ))}
          </ul>
        )}
        {mayCall(me?.roles, 'createProgramme') && (
          <Link className="nhsuk-button nhsuk-button--secondary" to="/programmes/new">
            Add a programme
          </Link>
        )}
        <p>
          <Link to="/communities-of-practice">Communities of practice</Link>
        </p>
      </div>
    </div>
  );
}
