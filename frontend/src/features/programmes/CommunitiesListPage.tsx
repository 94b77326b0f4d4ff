import { Link } from 'react-router';
import { call } from '../../shared/api/client';
import { useLoad } from '../../shared/api/useApi';
import { useAuth } from '../../shared/auth/AuthContext';
import { mayCall } from '../../shared/auth/roles';
import { formatDate } from '../../shared/components/format';
import { BackLink } from '../../shared/components/misc';
import { ApiErrorView, Loading } from '../../shared/components/states';
import { usePageTitle } from '../../shared/components/usePageTitle';

/** The communities of practice; a member opens theirs to read and add to its meetings. */
export function CommunitiesListPage() {
  const { api, me } = useAuth();
  usePageTitle('Communities of practice');
  const communities = useLoad(() => call(api.GET('/api/v1/communities-of-practice')), [api]);
  const keeps = mayCall(me?.roles, 'createCommunityOfPractice');
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink to="/">Home</BackLink>
        <h1>Communities of practice</h1>
        <p>People who share a concern and learn together. Meetings and notes are for the members of each community.</p>
        {communities.state === 'loading' && <Loading />}
        {communities.state === 'error' && <ApiErrorView error={communities.error} />}
        {communities.state === 'ok' &&
          (communities.data.length === 0 ? (
            <p>There are no communities of practice yet.</p>
          ) : (
            <ul className="nhsuk-list nhsuk-list--border">
              {communities.data.map((c) => (
                <li key={c.id}>
                  <h2 className="nhsuk-heading-s nhsuk-u-margin-bottom-1">
                    {c.youAreMember || keeps ? <Link to={`/communities-of-practice/${c.id}`}>{c.name}</Link> : c.name}{' '}
                    {c.youAreMember && <strong className="nhsuk-tag nhsuk-tag--green">You are a member</strong>}
                  </h2>
                  <p className="nhsuk-u-margin-bottom-1">{c.purpose}</p>
                  <p className="nhsuk-body-s nhsuk-u-secondary-text-colour nhsuk-u-margin-bottom-0">
                    {c.memberCount} {c.memberCount === 1 ? 'member' : 'members'}
                    {c.lastMetOn ? `, last met ${formatDate(c.lastMetOn)}` : ''}
                  </p>
                </li>
              ))}
            </ul>
          ))}
        {keeps && (
          <Link className="nhsuk-button nhsuk-button--secondary" to="/communities-of-practice/new">
            Start a community of practice
          </Link>
        )}
      </div>
    </div>
  );
}
