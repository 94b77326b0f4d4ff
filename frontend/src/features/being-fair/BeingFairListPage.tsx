import { Link } from 'react-router';
import { call } from '../../shared/api/client';
import { useLoad } from '../../shared/api/useApi';
import { useAuth } from '../../shared/auth/AuthContext';
import { mayCall } from '../../shared/auth/roles';
import { formatDateTime } from '../../shared/components/format';
import { BackLink, Cell, TableHead } from '../../shared/components/misc';
import { ApiErrorView, Loading } from '../../shared/components/states';
import { usePageTitle } from '../../shared/components/usePageTitle';
import { ONLY_WHEN } from './text';

/** The Being Fair records the signed-in person uses (the Chief Nurse: every record). */
export function BeingFairListPage() {
  const { api, me } = useAuth();
  usePageTitle('Being Fair tool');
  const result = useLoad(() => call(api.GET('/api/v1/being-fair')), [api]);
  const mayOpen = mayCall(me?.roles, 'openBeingFair');
  return (
    <>
      <BackLink to="/">Home</BackLink>
      <h1>Being Fair tool</h1>
      <p>{ONLY_WHEN}</p>
      <p>Only the two people who use the tool together, one from the patient safety team and one from the workforce team, and the Chief Nurse see these records.</p>
      {mayOpen && (
        <Link to="/being-fair/new" className="nhsuk-button" role="button" draggable="false">
          Open the Being Fair tool
        </Link>
      )}
      {result.state === 'loading' && <Loading />}
      {result.state === 'error' && <ApiErrorView error={result.error} />}
      {result.state === 'ok' && result.data.items.length === 0 && <p>You have no Being Fair records.</p>}
      {result.state === 'ok' && result.data.items.length > 0 && (
        <table className="nhsuk-table-responsive">
          <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">Being Fair records</caption>
          <TableHead headings={['Member of staff', 'Learning response', 'Used by', 'Where it stands']} />
          <tbody className="nhsuk-table__body">
            {result.data.items.map((r) => (
              <tr key={r.id} className="nhsuk-table__row">
                <Cell heading="Member of staff">
                  <Link to={`/being-fair/${r.id}`}>{r.staffName}</Link>
                  <br />
                  <span className="nhsuk-u-secondary-text-colour">{r.staffJobRole}</span>
                </Cell>
                <Cell heading="Learning response">{r.responseReference ?? 'Unknown'}</Cell>
                <Cell heading="Used by">
                  {r.openedByName ?? 'Unknown'} and {r.jointUserName ?? 'unknown'}
                  {!r.joined && ' (not joined yet)'}
                </Cell>
                <Cell heading="Where it stands">
                  {r.outcomeAction ? (
                    <>
                      Version {r.currentVersion}: {r.outcomeAction}
                    </>
                  ) : (
                    `Version ${r.currentVersion} in progress, updated ${formatDateTime(r.updatedAt)}`
                  )}
                </Cell>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
