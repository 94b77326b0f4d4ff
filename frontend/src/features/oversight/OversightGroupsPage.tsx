import { Link } from 'react-router';
import { call } from '../../shared/api/client';
import { useLoad } from '../../shared/api/useApi';
import { useAuth } from '../../shared/auth/AuthContext';
import { inPatientSafetyTeam, mayCall } from '../../shared/auth/roles';
import { BackLink, Cell, TableHead } from '../../shared/components/misc';
import { ApiErrorView, Loading } from '../../shared/components/states';
import { usePageTitle } from '../../shared/components/usePageTitle';

/** Every oversight group for the patient safety team and the Chief Nurse; a partner's own groups for a partner. */
export function OversightGroupsPage() {
  const { api, me } = useAuth();
  const all = inPatientSafetyTeam(me?.roles);
  const title = all ? 'Oversight groups' : 'My oversight groups';
  usePageTitle(title);
  const groups = useLoad(() => call(api.GET('/api/v1/oversight-groups')), [api]);

  return (
    <>
      <BackLink to="/">Home</BackLink>
      <h1>{title}</h1>
      <p>
        {all
          ? 'Committees and oversight groups, the learning responses and safety improvement plans they oversee, and their members.'
          : 'The groups you are a member of. You see their learning responses and improvement plans without anything that could identify the people involved.'}
      </p>
      {mayCall(me?.roles, 'createOversightGroup') && (
        <Link className="nhsuk-button nhsuk-button--secondary" to="/oversight-groups/new">
          Create an oversight group
        </Link>
      )}
      {groups.state === 'loading' && <Loading />}
      {groups.state === 'error' && <ApiErrorView error={groups.error} />}
      {groups.state === 'ok' &&
        (groups.data.items.length === 0 ? (
          <p role="status">{all ? 'There are no oversight groups yet.' : 'You are not a member of any oversight group yet.'}</p>
        ) : (
          <table className="nhsuk-table-responsive">
            <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">{title}, with what each oversees</caption>
            <TableHead headings={['Group', 'Members', 'Learning responses', 'Improvement plans']} />
            <tbody className="nhsuk-table__body">
              {groups.data.items.map((g) => (
                <tr key={g.id} className="nhsuk-table__row">
                  <Cell heading="Group">
                    <Link to={`/oversight-groups/${g.id}`}>{g.name}</Link>
                  </Cell>
                  <Cell heading="Members">{g.members}</Cell>
                  <Cell heading="Learning responses">{g.responses}</Cell>
                  <Cell heading="Improvement plans">{g.plans}</Cell>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
    </>
  );
}
