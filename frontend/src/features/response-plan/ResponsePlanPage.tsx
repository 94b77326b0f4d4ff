import { Link } from 'react-router';
import { call } from '../../shared/api/client';
import { ApiError } from '../../shared/api/errors';
import type { PlanVersion } from '../../shared/api/types';
import { useLoad } from '../../shared/api/useApi';
import { useAuth } from '../../shared/auth/AuthContext';
import { mayCall } from '../../shared/auth/roles';
import { formatDate, formatDateTime } from '../../shared/components/format';
import { ApiErrorView, Loading } from '../../shared/components/states';
import { usePageTitle } from '../../shared/components/usePageTitle';
import { PlanDetails, PlanStatusTag } from './PlanDetails';
import { PlanReviewOverdueCallout } from './PlanReviewOverdue';
import { Cell, TableHead } from '../../shared/components/misc';

/** The plan in force, published to every role, and the history of versions. */
export function ResponsePlanPage() {
  const { api, me } = useAuth();
  usePageTitle('Response plan');
  const result = useLoad(async () => {
    const [inForce, versions] = await Promise.all([
      call(api.GET('/api/v1/response-plan')).catch((e: unknown) => {
        if (e instanceof ApiError && e.status === 404) return null;
        throw e;
      }),
      call(api.GET('/api/v1/response-plan/versions')),
    ]);
    return { inForce: inForce as PlanVersion | null, versions };
  }, [api]);
  if (result.state === 'loading') return <Loading />;
  if (result.state === 'error') return <ApiErrorView error={result.error} />;
  const { inForce, versions } = result.data;
  const canDraft = mayCall(me?.roles, 'createResponsePlanDraft');

  return (
    <>
      <h1>
        {inForce && <span className="nhsuk-caption-l">Version {inForce.number}</span>}
        Response plan
      </h1>
      <p className="nhsuk-lede-text">
        How we respond to patient safety incidents: the patient safety incident response plan in force.
      </p>
      {canDraft && (
        <Link className="nhsuk-button nhsuk-button--secondary" to="/plan/new" role="button" draggable="false">
          Start a new draft
        </Link>
      )}
      {inForce && <PlanReviewOverdueCallout plan={inForce} />}
      {inForce ? (
        <PlanDetails plan={inForce} />
      ) : (
        <div className="nhsuk-inset-text">
          <span className="nhsuk-u-visually-hidden">Information: </span>
          <p>No response plan is in force yet.</p>
        </div>
      )}
      <h2>Version history</h2>
      {versions.length === 0 ? (
        <p>There are no versions yet.</p>
      ) : (
        <table className="nhsuk-table-responsive">
          <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">Versions of the response plan, newest first</caption>
          <TableHead headings={['Version', 'Status', 'Period', 'Approved or last changed']} />
          <tbody className="nhsuk-table__body">
            {versions.map((v) => (
              <tr key={v.id} className="nhsuk-table__row">
                <Cell heading="Version">
                  <Link to={`/plan/versions/${v.id}`}>Version {v.number}</Link>
                </Cell>
                <Cell heading="Status">
                  <PlanStatusTag status={v.status} />
                </Cell>
                <Cell heading="Period">
                  {formatDate(v.periodFrom)} to {formatDate(v.periodTo)}
                </Cell>
                <Cell heading="Approved or last changed">
                  {v.approvedAt
                    ? `Approved ${formatDateTime(v.approvedAt)}${v.approvedBy ? ` by ${v.approvedBy}` : ''}`
                    : `Changed ${formatDateTime(v.updatedAt)}${v.updatedBy ? ` by ${v.updatedBy}` : ''}`}
                </Cell>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
