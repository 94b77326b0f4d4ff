import { Link } from 'react-router';
import { call } from '../../shared/api/client';
import { useLoad } from '../../shared/api/useApi';
import { useAuth } from '../../shared/auth/AuthContext';
import { BackLink, Cell, TableHead } from '../../shared/components/misc';
import { ApiErrorView, Loading } from '../../shared/components/states';
import { usePageTitle } from '../../shared/components/usePageTitle';
import type { MyStaffSupportItem } from './types';

const PART: Record<MyStaffSupportItem['parts'][number], string> = { 'line-manager': 'Line manager', reviewer: 'Reviewer' };
const STAGE: Record<string, string> = { immediate: 'Immediate support', continued: 'Continued support', ongoing: 'Ongoing support' };

/** The staff support the signed-in person gives as line manager or reviewer, each linking to its response's page. */
export function MyStaffSupportPage() {
  const { api } = useAuth();
  usePageTitle('Staff support I give');
  const result = useLoad(() => call(api.GET('/api/v1/me/staff-support')), [api]);
  return (
    <>
      <BackLink to="/">Home</BackLink>
      <h1>Staff support I give</h1>
      <p>The members of staff you support as their line manager or as the reviewer. Only you, the other supporter, the patient safety team and the Chief Nurse see their support.</p>
      {result.state === 'loading' && <Loading />}
      {result.state === 'error' && <ApiErrorView error={result.error} />}
      {result.state === 'ok' && result.data.items.length === 0 && <p>You are not supporting anyone at the moment.</p>}
      {result.state === 'ok' && result.data.items.length > 0 && (
        <table className="nhsuk-table-responsive">
          <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">Staff you support and their next step</caption>
          <TableHead headings={['Staff member', 'Learning response', 'Your part', 'Next step']} />
          <tbody className="nhsuk-table__body">
            {result.data.items.map((s) => (
              <tr key={s.supportId} className="nhsuk-table__row">
                <Cell heading="Staff member">
                  <Link to={`/responses/${s.responseId}/staff-support`}>{s.staffName}</Link>
                  {s.staffRole && (
                    <>
                      <br />
                      <span className="nhsuk-u-secondary-text-colour">{s.staffRole}</span>
                    </>
                  )}
                </Cell>
                <Cell heading="Learning response">{s.reference}</Cell>
                <Cell heading="Your part">{s.parts.map((p) => PART[p]).join(' and ')}</Cell>
                <Cell heading="Next step">
                  {s.nextStep ? (
                    <>
                      <strong>{STAGE[s.nextStep.stage] ?? s.nextStep.stageTitle}:</strong> {s.nextStep.text}
                    </>
                  ) : (
                    'Every step is done'
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
